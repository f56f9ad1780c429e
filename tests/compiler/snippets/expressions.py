def exprs(a, b, d, s):
    r = (a + b - a * b / a // b % a ** b << 1 >> 2 & 3 | 4 ^ 5 @ a)
    r = -a, +a, ~a, not a
    r = a[1], a[1:2], a[::2], a[1:2:3], a[1, 2:3], a[...]
    r = [1, 2, 3], [a, *b], (a, *b), {a, *b}, {1, 2}, (1, 2), ()
    r = {1: 2, **d, a: b}, {}, {**d}
    r = [x for x in a if x if not x], {x for x in a}, {x: y for x, y in d.items()}
    r = [(x, y) for x in a for y in b if x != y]
    r = [x for x in [1]], [y for x in a for y in [x * 2]]
    r = f'{a}', f'{a!r:>{b}.{d}}', f'x{a!s}y{b!a}z', f'', f'{a:{b}{d}}'
    r = b'bytes', 'str', 1.5, 10 ** 100, -1, 2 ** 64, 1 / 3, 'a' + 'b', (1, (2, 3)), ..., None
    r = a if b else d
    r = (n := a + 1), n
    r = [m := i for i in range(3)], m
    r = a in b, a not in b, a is b, a is not b, a == b != d
    r = lambda: (yield 1)
    r = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
         21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, a]
    r = {1: a, 2: a, 3: a, 4: a, 5: a, 6: a, 7: a, 8: a, 9: a, 10: a, 11: a, 12: a,
         13: a, 14: a, 15: a, 16: a, 17: a, 18: a, **d}
    r = __debug__
    return r


x: int = 5
y: list
z.attr: int
z[0]: int = 3
