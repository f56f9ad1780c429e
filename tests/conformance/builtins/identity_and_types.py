# builtins: id equality, type, object, hash of ints/tuples/strings, is vs ==
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(type(1).__name__, type('s').__name__, type([]).__name__, type(None).__name__, type(type).__name__, type(len).__name__)
print(type(1) is int, type(True) is int, type(True) is bool, type(3.0) == float)
o = object()
print(type(o).__name__, o == o, o == object(), isinstance(o, object), isinstance(5, object))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 6), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 63)))
print(hash(1.0) == hash(1), hash(1.5), hash(True), hash(()), hash((1, 'a')) == hash((1, 'a')))
print(hash('abc') == hash('a' + 'bc'), hash('x') == hash('y'), hash(frozenset()) == hash(frozenset([])))
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
T = type(42)
print(T('17') + 1, type(type(42)) is type)
x = 1000
y = x
print(y is x, id(y) == id(x))
