# stdlib_collections: namedtuple creation, access, _replace, _asdict, _fields, defaults
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), len(p), tuple(p))
x, y = p
print(x + y, p._fields, p._asdict())
q = p._replace(x=10)
print(q, p, Point._make([5, 6]))
Person = namedtuple('Person', 'name age city', defaults=['Unknown'])
print(Person('Ann', 30), Person('Bo', 5, 'Oslo'), Person._field_defaults)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(p, tuple), type(p).__name__, hash(p) == hash((3, 4)))
class Vec(namedtuple('Vec', 'x y')):
    def norm2(self):
        return self.x ** 2 + self.y ** 2
print(Vec(1, 2).norm2(), Vec(1, 2))
