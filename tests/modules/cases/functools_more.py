# functools edge cases: partial attributes/repr/nesting, wraps details, lru_cache behaviour, cmp_to_key, total_ordering, cached_property
import functools
from functools import partial, wraps, lru_cache, cache, cmp_to_key, total_ordering, reduce, cached_property, update_wrapper
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, c=9, d=0), p.args, p.keywords, p.func is f, repr(partial(max, 1, key=abs))[:22], type(p).__name__)
pp = partial(p, 2)
print(pp(), pp.args, pp.keywords, pp.func is f)
p.attr = 'x'
print(p.attr, callable(p), isinstance(p, partial))
for bad in [lambda: partial(), lambda: partial(5), lambda: reduce(max, 5), lambda: reduce(max, []), lambda: cmp_to_key(lambda a, b: 0)(1) < 1]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(reduce(lambda a, b: a + b, [[1], [2]], []), reduce(max, [1], 0), reduce(lambda a, b: a, [], None))

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
def target(x):
    "doc here"
    return x
target.custom = 42
w = deco(target)
print(w.__name__, w.__qualname__, w.__doc__, w.__module__, w.custom, w.__wrapped__ is target, w(3))
def plain():
    pass
update_wrapper(plain, target, assigned=('__doc__',), updated=())
print(plain.__name__, plain.__doc__, plain.__wrapped__ is target)

@lru_cache
def sq(x):
    return x * x
print(sq(3), sq(3), sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__(4))
@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info())
@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(30), fact.cache_info().currsize)
class K:
    @lru_cache(maxsize=4)
    def m(self, x):
        return x + 1
k = K()
print(k.m(1), k.m(1), K.m.cache_info())
calls = []
@lru_cache(maxsize=3)
def t(x):
    calls.append(x)
    return x
for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    t(v)
print(calls, t.cache_info())
try:
    lru_cache(maxsize='x')
except TypeError as e:
    print('TypeError', e)

print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True))
key = cmp_to_key(lambda a, b: a - b)
print(key(1) < key(2), key(1) == key(1), key(3) >= key(2), key(5).obj, type(key).__name__)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(V(1) < V(2), V(2) <= V(2), V(3) >= V(4), V(1) > V(0), V.__lt__.__name__)
@total_ordering
class W:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        return self.v <= o.v
print(W(1) < W(1), W(1) > W(0), W(2) >= W(2))
try:
    total_ordering(type('N', (), {}))
except ValueError as e:
    print('ValueError', e)

class C:
    def __init__(self):
        self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return self.n * 10
c = C()
print(c.val, c.val, c.n, 'val' in c.__dict__, type(C.val).__name__, C.val.attrname)
del c.val
print(c.val, c.n)
