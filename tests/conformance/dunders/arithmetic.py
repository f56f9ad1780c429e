# dunders: __add__/__radd__/__sub__/__mul__/__neg__/__iadd__ and NotImplemented fallback
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'V({self.x}, {self.y})'
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print('  radd with', o)
        return self + o
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, abs(b), a + 10)
print(10 + a)
print(sum([a, b, V(10, 10)]))
c = a
c += b
print(c, a, c is a)
try:
    a + 'str'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'str' + a
except TypeError as e:
    print(type(e).__name__, e)
class Acc:
    def __init__(self):
        self.v = []
    def __iadd__(self, o):
        self.v.append(o)
        return self
acc = Acc()
same = acc
acc += 1
acc += 2
print(acc.v, acc is same)
