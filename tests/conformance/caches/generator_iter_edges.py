# caches: a for-loop site specialized for generators, then given a generator that re-enters
# itself (ValueError), one closed from inside the loop body, one returning a value, and a
# generator swapped for a list iterator mid-loop
def drain(it):
    out = []
    try:
        for x in it:
            out.append(x)
    except ValueError as e:
        out.append('ValueError:' + str(e))
    return out

def counting(n):
    for i in range(n):
        yield i

def selfref():
    yield 1
    yield drain(g)
    yield 3

log = []
def closer():
    try:
        yield 1
        yield 2
    finally:
        log.append('fin')

def returner():
    yield 'only'
    return 'ignored'

res = []
for i in range(100):
    if i < 40:
        res.append(drain(counting(i % 4)))
    elif i < 60:
        g = selfref()
        res.append(drain(g))
    elif i < 80:
        res.append(drain(returner()) if i % 2 else drain(iter([i, -i])))
    else:
        c = closer()
        for x in c:
            c.close()
            res.append(x)
print(res[0:4], res[39:41], res[59:62], res[-2:], len(log))
print(drain(g), drain(c), next(counting(5)))
