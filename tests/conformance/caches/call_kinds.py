# caches: one call site specialized for a Python function, then calling bound methods, builtins,
# classes (whose __init__ changes mid-loop, or returns non-None), callable objects; plus len and
# isinstance shadowed by module globals mid-loop
def call1(f, x):
    try:
        return f(x)
    except TypeError as e:
        return 'TypeError:' + str(e)

class Box:
    def __init__(self, v):
        self.v = v
    def get(self, x):
        return ('get', self.v, x)
    def __repr__(self):
        return 'Box(%r)' % (self.v,)
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
def with_default(x, y=100):
    return x + y
def init2(self, v):
    self.v = ('init2', v)
def init_bad(self, v):
    return v

callees = [lambda x: x * 2, Box(7).get, len, abs, Box, Adder(5), with_default, str, isinstance, Box]
out = []
for i in range(len(callees) * 10):
    f = callees[i // 10]
    arg = [i, -i][i % 2] if f is not len else 'x' * (i % 4)
    if i == 85:
        Box.__init__ = init2
    if i == 95:
        Box.__init__ = init_bad
    r = call1(f, arg)
    if i % 10 in (0, 1) or i in (86, 96):
        out.append(r)
print(out)
Box.__init__ = init2

def measure(s):
    return len(s), isinstance(s, str)
ms = []
for i in range(90):
    if i == 30:
        len = lambda s: 'shadow-len'
    if i == 60:
        del len
        isinstance = lambda o, t: 'shadow-isinstance'
    ms.append(measure('abc'))
del isinstance
print(ms[29:31], ms[59:61], measure('ab'))

def meth_call(o):
    return o.get(1)
b = Box(1)
mc = []
for i in range(60):
    if i == 20:
        b.get = lambda x: ('instance', x)
    if i == 40:
        del b.get
        Box.get = staticmethod(lambda x: ('static', x))
    mc.append(meth_call(b))
print(mc[19:21], mc[39:41])

class Pt:
    def __init__(self, x):
        self.x = x
def make(x):
    try:
        return vars(Pt(x))
    except TypeError as e:
        return 'TypeError:' + str(e)
mk = []
for i in range(90):
    if i == 30:
        del Pt.__init__
    if i == 60:
        Pt.__new__ = lambda cls, x: object.__new__(cls)
    mk.append(make(i))
print(mk[29:31], mk[59:61])
