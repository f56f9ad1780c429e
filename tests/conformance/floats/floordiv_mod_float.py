# floats: // and % on floats (floor semantics, sign of divisor), divmod
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (5.0, 1.5), (-0.0, 3), (0.3, 0.1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(10 % 3.0, -10 % 3.0, 10.0 // 3, -10.0 // 3)
print(1e20 % 7, 2.5 % 1, -2.5 % 1, 3.0 % -1)
print(7 // 0.5, 7 % 0.5, 0.7 // 0.1, 0.7 % 0.1)
print(-1e-20 % 1.0, 1e-20 % -1.0)
print(type(7 // 2.0).__name__, type(divmod(7, 2.0)[0]).__name__)
for a in [5.5, -5.5]:
    q, r = divmod(a, 2.0)
    print(a, q, r, q * 2.0 + r == a)
