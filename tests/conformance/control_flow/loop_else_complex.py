# control_flow: while loops with complex conditions, counters, and early return from nested loop
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 16)], collatz(27))
def first_pair_sum(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return (i, j)
    return None
print(first_pair_sum([2, 7, 11, 15], 9), first_pair_sum([1, 2], 10))
a, b = 0, 1
fibs = []
while len(fibs) < 10 and b < 1000:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
def gcd(x, y):
    while y:
        x, y = y, x % y
    return x
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
