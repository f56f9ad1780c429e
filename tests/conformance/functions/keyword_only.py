# functions: keyword-only and positional-only parameters
def kw(a, *, scale=1, offset=0):
    return a * scale + offset
print(kw(5), kw(5, scale=3), kw(5, offset=1, scale=2))
def req(*, name):
    return name.upper()
print(req(name='x'))
def pos(a, b, /, c):
    return a + b + c
print(pos(1, 2, 3), pos(1, 2, c=3))
def mixed(a, /, b, *, c):
    return [a, b, c]
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
for call in [lambda: kw(5, 3), lambda: req(), lambda: pos(1, b=2, c=3), lambda: mixed(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
