# properties: read-only and computed properties; assignment without setter fails
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def area(self):
        return self.w * self.h
    @property
    def perimeter(self):
        return 2 * (self.w + self.h)
    @property
    def is_square(self):
        return self.w == self.h
r = Rect(3, 4)
print(r.area, r.perimeter, r.is_square)
r.w = 4
print(r.area, r.is_square)
try:
    r.area = 100
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.area
except AttributeError as e:
    print(type(e).__name__, e)
print(Rect.area.fget(r), Rect.area.fset, 'area' in vars(r), 'area' in vars(Rect))
class Lazy:
    def __init__(self):
        self._cache = None
        self.computed = 0
    @property
    def value(self):
        if self._cache is None:
            self.computed += 1
            self._cache = sum(range(1000))
        return self._cache
lz = Lazy()
print(lz.value, lz.value, lz.computed)
