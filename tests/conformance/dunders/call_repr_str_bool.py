# dunders: __call__, __repr__ vs __str__, __bool__ and __len__ truthiness
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return x + y + self.n
    def __repr__(self):
        return f'Adder({self.n})'
    def __str__(self):
        return f'adds {self.n}'
a = Adder(10)
print(a(1), a(1, 2), callable(a), callable(Adder))
print(a, repr(a), str(a), [a], f'{a}', f'{a!r}', (a,), {'k': a})
class OnlyRepr:
    def __repr__(self):
        return '<OnlyRepr>'
print(OnlyRepr(), str(OnlyRepr()))
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Flag(True)), bool(Flag(False)), bool(Sized(0)), bool(Sized(3)), bool(object()))
print('yes' if Sized(2) else 'no', not Flag(False), [x for x in [Flag(False), Flag(True), Sized(1), Sized(0)] if x].__len__())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    a()
except TypeError as e:
    print(type(e).__name__, e)
