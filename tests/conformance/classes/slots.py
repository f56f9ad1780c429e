# classes: __slots__ restricts attributes; slots with inheritance
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
p.x = 10
print(p.x, p.y, hasattr(p, '__dict__'), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
class Partial:
    __slots__ = ('a', 'b')
q = Partial()
q.a = 1
try:
    print(q.b)
except AttributeError as e:
    print(type(e).__name__, e)
del q.a
print(hasattr(q, 'a'))
class Point3(Point):
    __slots__ = ('z',)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
p3 = Point3(1, 2, 3)
print(p3.x, p3.y, p3.z, hasattr(p3, '__dict__'))
class Loose(Point):
    pass
lo = Loose(5, 6)
lo.extra = 'ok'
print(lo.extra, lo.__dict__)
