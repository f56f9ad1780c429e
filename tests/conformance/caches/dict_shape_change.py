# caches: instances whose __dict__ changes shape (attrs added/deleted/reordered) during a hot loop
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
pts = [P(i, i * 2) for i in range(50)]
for i, p in enumerate(pts):
    if i % 3 == 0:
        p.z = 'extra'
    if i % 5 == 0:
        del p.x
        p.x = -i
    if i % 7 == 0:
        p.__dict__.clear()
        p.y, p.x = 7, 7
total = 0
for _ in range(40):
    for p in pts:
        total += p.x + p.y
print(total)
print(sorted(vars(pts[0])), sorted(vars(pts[3])), vars(pts[5]), vars(pts[14]))
q = P(1, 2)
seen = []
for i in range(1500):
    if i == 500:
        q.__dict__['x'] = 100
    if i == 1000:
        q.__dict__ = {'x': -1, 'y': -2}
    seen.append(q.x + q.y)
print(seen[499], seen[500], seen[999], seen[1000])
