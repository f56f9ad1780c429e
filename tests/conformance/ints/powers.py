# ints: integer powers, big exponents, negative exponents giving floats
print(2 ** 10, 2 ** 64, 2 ** 100)
print(3 ** 50)
print((-3) ** 31, (-3) ** 32)
print(10 ** 30 - 1)
print(7 ** 0, 0 ** 0, 0 ** 5)
print(2 ** -2, 10 ** -3)
print(pow(2, 200))
print(pow(3, 100, 1000007), pow(-2, 61, 97), pow(5, -1, 7))
print((2 ** 127 - 1) % 1000)
print(2 ** 63 - 1, -2 ** 63, 2 ** 63)
print(2 ** 31 * 2 ** 31 == 2 ** 62)
n = 1
for _ in range(70):
    n *= 2
print(n, n == 2 ** 70)
print(int(2 ** 0.5 * 10 ** 8))
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print(type(e).__name__, e)
