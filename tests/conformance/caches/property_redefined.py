# caches: a property getter replaced mid-loop, a property replaced by a plain class attribute,
# and an instance attribute shadowing a non-data descriptor
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 // 5 + 32

def read_f(t):
    return t.f

t = Temp(100)
seen = []
for i in range(120):
    if i == 40:
        Temp.f = property(lambda self: -self._c)
    if i == 80:
        Temp.f = 'plain'
    r = read_f(t)
    if not seen or seen[-1][1] != r:
        seen.append((i, r))
print(seen)

class Lazy:
    def method(self):
        return 'class-method'

def call_it(o):
    return o.method()

objs = [Lazy() for _ in range(3)]
out = []
for i in range(90):
    o = objs[i % 3]
    if i == 30:
        objs[1].method = lambda: 'instance-attr'
    if i == 60:
        del objs[1].method
        Lazy.method = property(lambda self: (lambda: 'prop-returned'))
    out.append(call_it(o))
print(out[28:34], out[58:64], out[-1])

class Setter:
    def __init__(self):
        self.v = 1
def bump(s):
    s.v = s.v + 1
    return s.v
s = Setter()
res = []
for i in range(100):
    if i == 50:
        Setter.v = property(lambda self: 1000, lambda self, val: res.append(('set', val)))
    res.append(bump(s))
print(res[48:56], len(res), s.__dict__)
