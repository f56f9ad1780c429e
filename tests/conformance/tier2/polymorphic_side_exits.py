# tier2: loops whose guards fail on a regular pattern (every 3rd or 7th iteration), so side
# exits become hot and grow side traces; values of several types through the same sites
vals = [1, 2.0, 'three', (4,), [5], 6, 7.5]
out = 0
descr = []
for i in range(700):
    v = vals[i % 7]
    if isinstance(v, int):
        out += v * i
    elif isinstance(v, float):
        out += int(v * 2)
    elif isinstance(v, str):
        out += len(v + v)
    else:
        out += len(v) + v[0]
    if i % 101 == 0:
        descr.append((i, type(v).__name__, out))
print(out, descr)

# attribute loads on objects of different classes at one site, pattern every 3rd
class P:
    def __init__(self):
        self.a = 1
class Q:
    a = 2
class R:
    __slots__ = ('a',)
    def __init__(self):
        self.a = 3
objs = [P(), Q(), R()]
s = 0
for i in range(600):
    s += objs[i % 3].a * (i % 5)
print(s)

# the same + site: int+int, str+str, list+list, float+int alternating
pairs = [(1, 2), ('a', 'b'), ([1], [2]), (1.5, 2), (2**70, 1)]
lens = 0
last = None
for i in range(600):
    a, b = pairs[i % 5]
    r = a + b
    last = r
    lens += len(r) if isinstance(r, (str, list)) else int(r) % 1000
print(lens, last)

# a side exit that becomes the hot path after iteration 400
hot = 0
for i in range(800):
    if i < 400 or i % 2:
        hot += 1
    else:
        hot -= 3
print(hot)

# comparison site with mixed types: int vs float vs bool
cmp_vals = [3, 2.5, True, -1, 0.0]
lt = 0
for i in range(600):
    a = cmp_vals[i % 5]
    b = cmp_vals[(i // 5) % 5]
    lt += (a < b) + 2 * (a == b)
print(lt)
