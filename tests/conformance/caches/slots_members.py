# caches: __slots__ members read and written in hot loops; a slot deleted mid-loop;
# subclasses redeclaring the same slot name; a slot descriptor replaced by a property mid-loop
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Q(P):
    __slots__ = ('x',)

def step(p):
    p.x = p.x + p.y
    return p.x

def read(p):
    try:
        return p.x
    except AttributeError as e:
        return type(e).__name__ + ': ' + str(e)

a = P(0, 1)
vals = []
for i in range(100):
    if i == 50:
        del a.x
        vals.append(read(a))
        a.x = 1000
    vals.append(step(a))
print(vals[48:54], vals[-1])

objs = [P(1, 2), Q(10, 20), P(3, 4)]
out = []
for i in range(90):
    o = objs[i % 3]
    if i == 45:
        del objs[1].x
    out.append(read(o))
print(out[42:50])
q = objs[1]
q.x = 'q-sub'
print(q.x, q.y, [read(o) for o in objs])

class R:
    __slots__ = ('v',)
def store(r, val):
    r.v = val
rs = [R() for _ in range(4)]
for i in range(80):
    store(rs[i % 4], i)
print([r.v for r in rs])
try:
    rs[0].w = 1
except AttributeError as e:
    print(type(e).__name__)

def load_v(r):
    return r.v
got = []
for i in range(60):
    if i == 30:
        R.v = property(lambda self: 'prop-over-slot')
    got.append(load_v(rs[i % 4]))
print(got[28:32])
