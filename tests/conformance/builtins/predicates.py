# builtins: any, all, callable, hasattr, getattr, setattr, delattr, isinstance
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'a', [0]]), all([1, 0]))
print(any(x > 5 for x in range(10)), all(isinstance(x, int) for x in [1, 2, True]))
print(callable(len), callable(lambda: 0), callable('s'), callable(str), callable(None), callable(print))
class Obj:
    cls_attr = 'c'
    def method(self):
        return 'm'
o = Obj()
setattr(o, 'dyn', 42)
print(hasattr(o, 'dyn'), hasattr(o, 'cls_attr'), hasattr(o, 'method'), hasattr(o, 'zzz'), hasattr(5, 'real'))
print(getattr(o, 'dyn'), getattr(o, 'method')(), getattr(o, 'nope', 'dflt'), getattr(Obj, 'cls_attr'))
delattr(o, 'dyn')
print(hasattr(o, 'dyn'), getattr(o, 'dyn', None))
try:
    getattr(o, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, 'never_set')
except AttributeError as e:
    print(type(e).__name__, e)
