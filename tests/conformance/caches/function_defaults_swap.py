# caches: a hot call site whose callee's __defaults__ change mid-loop (more, fewer, none), and
# whose callee is swapped for functions taking a different number of parameters
def dflt(a, b=10):
    return a + b

def call_dflt(i):
    return dflt(i)

res = []
for i in range(120):
    if i == 40:
        dflt.__defaults__ = (100,)
    if i == 80:
        dflt.__defaults__ = None
    if i == 100:
        dflt.__defaults__ = (1, 2)
    try:
        res.append(call_dflt(i))
    except TypeError as e:
        res.append(type(e).__name__)
print(res[38:42], res[78:82], res[98:102])
print(dflt())

def two(a, b):
    return a - b
def one(a):
    return a * 2
def three(a, b, c=5):
    return a + b + c
def star(*args):
    return len(args)

def call_two(f, i):
    return f(i, 1)

callees = [two] * 3
out = []
for i in range(160):
    if i == 40:
        callees[1] = one
    if i == 80:
        callees[2] = three
    if i == 120:
        callees[0] = star
    try:
        out.append(call_two(callees[i % 3], i))
    except TypeError as e:
        out.append(type(e).__name__)
print(out[36:45], out[78:84], out[-6:])

def grow(a, b=1):
    return a * b
def call_grow(i):
    return grow(i, 3)
g = []
for i in range(70):
    if i == 35:
        grow.__defaults__ = ()
    g.append(call_grow(i))
print(g[33:37], grow.__defaults__)
