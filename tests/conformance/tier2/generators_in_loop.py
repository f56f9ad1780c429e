# tier2: generators created and consumed inside hot loops: for over a generator, next(), send(),
# yield from, generator expressions, early-closed generators and generators with finally
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(n):
    for v in count_up(n):
        if v % 2 == 0:
            yield v
def chained(n):
    yield from count_up(n)
    yield from evens(n)
    return 'done'
tot = 0
for i in range(300):
    for v in chained(i % 20):
        tot += v
print(tot)
g = count_up(10**6)  # one long-lived generator advanced from a hot loop
s = sum(next(g) * (i % 3) for i in range(600))
print(s, next(g))

# send() into an accumulator generator
def running():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
r = running()
next(r)
last = 0
for i in range(600):
    last = r.send(i if i % 5 else -i)
print(last)

# generator expressions and early exit with explicit close() running the finally
cleanups = []
def guarded(n, tag):
    try:
        for i in range(n):
            yield i
    finally:
        cleanups.append(tag)
hits = 0
for i in range(300):
    gen = guarded(100, i)
    for v in gen:
        if v > i % 7:
            break
        hits += 1
    gen.close()
print(hits, len(cleanups), cleanups[:3], cleanups[-1])
print(sum(x * x for x in range(600) if x % 3), list(x for x in count_up(5)))

# StopIteration value from return (via send, and via yield from), caught in a loop
# (the VM's builtin next() drops the value, so it is not used for that here)
def ret(n):
    yield n
    return n * 2
vals = []
for i in range(300):
    gg = ret(i)
    next(gg)
    try:
        gg.send(None)
    except StopIteration as e:
        vals.append(e.value)
print(sum(vals), vals[-3:])
def relay(n):
    r = yield from ret(n)
    yield r + 1
rv = 0
for i in range(300):
    for v in relay(i):
        rv += v
print(rv)
