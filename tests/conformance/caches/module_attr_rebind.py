# caches: module attributes read and module functions called in a hot loop while the module's
# attributes are rebound, deleted and restored mid-loop
import math

def use(x):
    return math.floor(x) + math.sqrt(16)

orig_sqrt = math.sqrt
out = []
for i in range(150):
    if i == 50:
        math.sqrt = lambda v: -1
    if i == 100:
        del math.sqrt
    if i == 120:
        math.sqrt = orig_sqrt
    try:
        out.append(use(i + 0.5))
    except AttributeError as e:
        out.append(type(e).__name__)
print(out[48:53], out[98:102], out[118:123])
print(math.sqrt(2.25))

def const():
    return math.pi
consts = []
for i in range(80):
    if i == 40:
        math.pi = 3
    if i == 60:
        math.extra = 'new'
    consts.append(const())
print(consts[38:42], consts[-1], math.extra)
math.pi = 3.141592653589793
del math.extra
print(math.pi, hasattr(math, 'extra'))

def method_style(mod, v):
    return mod.floor(v)
class FakeMod:
    def floor(self, v):
        return 'fake'
mods = [math, math, FakeMod()]
res = []
for i in range(60):
    res.append(method_style(mods[i % 3], 2.5))
print(res[:6])
