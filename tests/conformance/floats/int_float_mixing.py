# floats: arithmetic mixing ints and floats, true division, comparisons
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 7 / 2, 8 / 4, 2 ** 0.5, 4 ** -0.5)
print(type(1 + 2.0).__name__, type(6 / 3).__name__, type(6 // 3).__name__, type(6.0 // 3).__name__)
print(10 ** 20 / 10 ** 10, 10 ** 30 / 3, 2 ** 1000 / 2 ** 999)
print(1 == 1.0, hash(1) == hash(1.0), hash(2.5) == hash(2.5), hash(0.5))
print({1: 'int', 1.0: 'float'}, {2.0: 'f', 2: 'i'})
print(3 < 3.5 < 4, -1 < -0.5, 10 ** 400 > 1e308)
print(sum([1, 2.5, 3]), max(1, 2.0), min(2.0, 2), max(2, 2.0))
print(abs(-3.5), abs(-3), float(7) / 2, int(7.0) // 2)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float('3.25') + int('4'), float(' -2.5 '), float('1_0.5'))
print((2 ** 53 + 1) * 1.0, float(2 ** 53 + 1) == 2 ** 53)
print(5 / 2 * 2, 5 // 2 * 2, (5).__truediv__(2), (5.0).__rtruediv__(1))
x = 0
for i in range(10):
    x += 0.1 if i % 2 else 1
print(x)
try:
    float('abc')
except ValueError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1.0
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
