# builtins: abs, divmod, pow (2 and 3 args), round with ndigits, sum with start, min/max
print(abs(-5), abs(3.5), abs(-0.0), abs(-10 ** 30), abs(True))
print(divmod(20, 6), divmod(-20, 6), divmod(20.5, 6), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3), pow(4, 0.5))
print(pow(7, -1, 11), pow(2, 100, 2 ** 61 - 1))
print(round(2.567, 2), round(2.5), round(-2.567, 1), round(12345, -2), round(0.5 + 1e-9))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(()), sum(range(5), start=-10))
print(min(3, 1, 2), max([4, 9, 2]), min('hello'), max('a', 'B'), min([], default='empty'), max((), default=None))
print(max([1, -5, 3], key=abs), min(['ccc', 'a', 'bb'], key=len), max([('a', 2), ('b', 1)], key=lambda p: p[1]))
print(max(2, 2.0), max(2.0, 2), min([3, 1, 1.0]))
for bad in [lambda: min([]), lambda: max(), lambda: sum(['a', 'b'], ''), lambda: pow(2, 3, 0.5), lambda: abs('x')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
