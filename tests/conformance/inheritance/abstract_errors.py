# inheritance: NotImplementedError from abstract-style base methods; uncaught at the end
class Shape:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must implement area')
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
print(Square(3).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(issubclass(NotImplementedError, RuntimeError))
shapes = [Square(2), Square(5), Blob()]
for sh in shapes:
    print(sh.describe())
