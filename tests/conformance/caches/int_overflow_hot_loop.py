# caches: integer addition in a hot loop crossing 2**63 (and 2**31, 2**53) must stay exact
x = 2 ** 63 - 1000
for _ in range(2000):
    x += 1
print(x, x - 2 ** 63)
y = 1
for i in range(100):
    y += y
print(y == 2 ** 100, y)
z = 2 ** 31 - 5
marks = []
for i in range(10):
    z += 1
    marks.append(z)
print(marks[3:6])
m = -(2 ** 63) + 5
for _ in range(10):
    m -= 1
print(m)
s = 0
for i in range(3000):
    s += i * 3074457345618258
print(s)
back = 2 ** 64
for _ in range(3):
    back -= 2 ** 63
print(back, type(back).__name__)
f = 2 ** 53
for _ in range(3):
    f += 1
print(f, float(f))
prod = 1
for i in range(1, 30):
    prod *= i
print(prod)
