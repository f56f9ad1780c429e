# unpacking: * and ** in calls, multiple star args, keyword conflicts
def f(a, b, c, d=0):
    return a, b, c, d
print(f(*[1, 2], 3), f(*(1,), *(2, 3)), f(1, *[2], **{'c': 3, 'd': 4}))
print(f(**{'a': 1}, b=2, **{'c': 3}))
def g(*args, **kw):
    return args, kw
print(g(*'ab', *range(2), x=1, **{'y': 2}))
try:
    f(1, 2, 3, **{'a': 9})
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(**{'x': 1}, **{'x': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
print(*range(5))
print(*'abc', sep='-')
