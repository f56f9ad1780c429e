# ranges_slices: ranges driving loops, reversed ranges, step iteration, enumerate with start
total = 0
for i in range(1, 101):
    total += i
print(total)
print([i for i in reversed(range(5))], list(reversed(range(0, 10, 3))))
for i in range(10, 0, -4):
    print(i, end=' ')
print()
for idx, ch in enumerate('abc', start=1):
    print(idx, ch)
acc = []
for i in range(3):
    for j in range(i, 3):
        acc.append((i, j))
print(acc)
r = range(5)
it = iter(r)
print(next(it), next(it), list(it), list(r))
print(list(range(0, -10, -2)), list(range(-10, -20, 3)))
n = 0
for _ in range(1000):
    n += 1
print(n)
