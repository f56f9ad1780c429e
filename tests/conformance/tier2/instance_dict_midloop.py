# tier2: an instance's __dict__ gains and loses attributes mid-loop -- shadowing a class attribute,
# deleting the shadow, growing the dict with many keys -- while a hot loop reads attributes
class Pt:
    z = 'class-z'
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Pt(1, 2)
acc = 0
log = []
for i in range(600):
    acc += p.x * 3 + p.y
    if i == 100:
        p.z = 'inst-z'
    if i == 200:
        del p.z
    if i == 300:
        del p.x
        p.x = 10
    if i == 400:
        for k in range(20):
            setattr(p, 'extra%d' % k, k)
    if i == 500:
        p.__dict__.clear()
        p.x = -1
        p.y = -2
    if i % 100 in (0, 1):
        log.append((i, acc, p.z, len(vars(p))))
print(acc)
print(log)

# attribute missing on some iterations: AttributeError inside the loop, caught
class Lazy:
    pass
o = Lazy()
hits = misses = 0
for i in range(600):
    if i % 150 == 0:
        o.v = i
    if i % 150 == 75:
        del o.v
    try:
        hits += o.v
    except AttributeError:
        misses += 1
print(hits, misses)

# many instances of one class, one of which has a different dict layout
objs = [Pt(i, i + 1) for i in range(10)]
objs[7].w = 99
objs[3].__dict__['y'] = 1000
t = 0
for i in range(600):
    q = objs[i % 10]
    t += q.x + q.y
print(t)
