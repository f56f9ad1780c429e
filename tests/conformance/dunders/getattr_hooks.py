# dunders: __getattr__ fallback, __setattr__ interception, __getattribute__ not used
class Defaults:
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        if name.startswith('opt_'):
            return name[4:].upper()
        raise AttributeError(f'no attribute {name!r}')
d = Defaults()
print(d.real, d.opt_color, getattr(d, 'opt_size'), hasattr(d, 'nothing'), getattr(d, 'nothing', 'fallback'))
try:
    d.nothing
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append(name)
        object.__setattr__(self, name, value)
L = Logged()
L.a = 1
L.b = 2
L.a = 3
print(L.log, L.a, L.b)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name}')
    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name}')
f = Frozen(5)
print(f.v)
for op in [lambda: setattr(f, 'v', 6), lambda: delattr(f, 'v')]:
    try:
        op()
    except AttributeError as e:
        print(type(e).__name__, e)
