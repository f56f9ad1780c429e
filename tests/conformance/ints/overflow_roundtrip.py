# ints: values crossing the machine-word boundary and shrinking back
x = 2 ** 62
print(x, x + x, x * 4, (x * 4) // 4 == x)
m = 9223372036854775807
print(m + 1, m + 1 - 1, m + 1 - 1 == m, type(m + 1).__name__)
print(-m - 1, -m - 2, (-m - 2) + 1)
y = 1
steps = []
for i in range(70):
    y = y * 3
    if i in (38, 39, 40, 41):
        steps.append(y)
print(steps)
while y > 1000:
    y //= 7
print(y)
s = 0
for i in range(1, 101):
    s += i ** 10
print(s)
s -= s - 5
print(s, s + 1)
print(2 ** 64 - 2 ** 64, (2 ** 64) % 5, abs(-(2 ** 70)))
vals = [2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53 + 1, 2 ** 63, 2 ** 64 + 1]
print([v * v for v in vals])
print([v - (v - 1) for v in vals])
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(12345))
