# dunders: reflected ops chosen for subclasses, __pos__/__invert__/__index__/__int__/__float__
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'{type(self).__name__}({self.v})'
    def __add__(self, o):
        return f'Num.__add__'
    def __radd__(self, o):
        return f'Num.__radd__'
class SubNum(Num):
    def __radd__(self, o):
        return 'SubNum.__radd__'
print(Num(1) + Num(2), Num(1) + SubNum(2), 5 + Num(1))
class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
    def __pos__(self):
        return 'pos'
    def __invert__(self):
        return 'inverted'
print([10, 20, 30][Idx(1)], 'abc'[Idx(2)], hex(Idx(255)), bin(Idx(3)), +Idx(0), ~Idx(0))
print(list(range(Idx(3))), [0, 1, 2, 3][Idx(1):Idx(3)])
class Conv:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print(int(Conv()), float(Conv()))
try:
    [1, 2][Conv()]
except TypeError as e:
    print(type(e).__name__, e)
class Pow:
    def __pow__(self, o):
        return f'pow {o}'
    def __rpow__(self, o):
        return f'rpow {o}'
    def __mod__(self, o):
        return f'mod {o}'
    def __floordiv__(self, o):
        return f'floordiv {o}'
    def __truediv__(self, o):
        return f'truediv {o}'
    def __matmul__(self, o):
        return f'matmul {o}'
p = Pow()
print(p ** 2, 2 ** p, p % 3, p // 4, p / 5, p @ 6)
