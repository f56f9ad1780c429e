# fstrings: !r / !s / !a conversions, = debugging specifier, __format__ and __str__
name = 'Ann'
v = 'a\tb'
print(f'{name!r} {name!s} {v!r} {"é"!a} {v}')
class T:
    def __repr__(self):
        return 'T()'
    def __str__(self):
        return 't-str'
t = T()
print(f'{t} {t!r} {t!s} {[t]}')
x = 10
print(f'{x=}', f'{x * 2 = }', f'{name=!s}', f'{3.14159=:.2f}')
class Money:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == 'usd':
            return f'${self.c / 100:.2f}'
        return f'{self.c}c'
m = Money(1234)
print(f'{m:usd} {m} {format(m, "usd")}')
print(f'{v!r:>12}|', f'{name!r:^9}|')
try:
    print(f'{t:>5}')
except TypeError as e:
    print(type(e).__name__, e)
