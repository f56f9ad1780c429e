# errors: ValueError variants from conversions and methods
cases = [
    lambda: int('3.5'),
    lambda: float('1,5'),
    lambda: [1, 2].index(3),
    lambda: 'abc'.index('d'),
    lambda: list(range(3)).remove(9),
    lambda: 'a b'.split(''),
    lambda: int('ff', 10),
    lambda: chr(-5),
    lambda: '{:q}'.format(1),
    lambda: range(0, 1, 0),
]
for c in cases:
    try:
        c()
    except ValueError as e:
        print(type(e).__name__, e)
print('uncaught:')
a, b = [1, 2, 3]
