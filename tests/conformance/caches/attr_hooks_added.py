# caches: attribute loads/stores specialized on plain instances while the class gains (and then
# loses) __setattr__, __getattribute__ and __getattr__ mid-loop
class P:
    def __init__(self):
        self.x = 1

def write(o, v):
    o.x = v

def read(o):
    try:
        return o.x
    except AttributeError as e:
        return 'AttributeError:' + str(e)

p = P()
log = []
for i in range(90):
    if i == 30:
        P.__setattr__ = lambda self, k, v: log.append((k, v))
    if i == 60:
        del P.__setattr__
    write(p, i)
print(p.x, log[:2], log[-1], len(log))

out = []
for i in range(90):
    if i == 30:
        P.__getattribute__ = lambda self, k: 'ga-' + k
    if i == 60:
        del P.__getattribute__
    out.append(read(p))
print(out[29:31], out[59:61])

class Q:
    pass
qs = [Q(), Q()]
for q in qs:
    q.x = 'own'
gone = []
for i in range(120):
    q = qs[i % 2]
    if i == 40:
        del qs[0].x
    if i == 80:
        Q.__getattr__ = lambda self, k: 'fallback-' + k
    gone.append(read(q))
print(gone[38:42], gone[78:82])
del Q.__getattr__
print(read(qs[0]), read(qs[1]))

class Sub(P):
    pass
s = Sub()
so = []
for i in range(60):
    if i == 30:
        P.__setattr__ = lambda self, k, v: object.__setattr__(self, k, ('via-base', v))
    write(s, i)
    so.append(read(s))
print(so[29:31])
