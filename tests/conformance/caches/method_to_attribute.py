# caches: an instance attribute shadows a method mid-loop; a property replaces a plain attribute
class Counter:
    def __init__(self):
        self.n = 0
    def step(self):
        self.n += 1
        return 'method'
c = Counter()
log = []
for i in range(1200):
    if i == 400:
        c.step = lambda: 'instance attr'
    if i == 800:
        del c.step
    log.append(c.step())
print(log[399], log[400], log[799], log[800], c.n)
class Item:
    price = 5
it = Item()
vals = []
for i in range(900):
    if i == 300:
        Item.price = property(lambda self: 99)
    if i == 600:
        Item.price = 7
    vals.append(it.price)
print(vals[299], vals[300], vals[599], vals[600])
