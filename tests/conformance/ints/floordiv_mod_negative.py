# ints: floor division and modulo with negative operands (floor semantics)
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, -5), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
big = 10 ** 25 + 7
print(big // 3, big % 3, -big // 3, -big % 3)
print(big // -10 ** 12, big % -10 ** 12)
print(divmod(-big, 10 ** 20))
print(-13 // 4, -(13 // 4), int(-13 / 4))
try:
    5 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(big, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
