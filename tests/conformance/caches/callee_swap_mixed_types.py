# caches: a hot loop whose callee is swapped via a dict of functions and list element types change
ops = {'f': lambda x: x + 1}
acc = 0
for i in range(2500):
    acc = ops['f'](acc)
    if i == 1000:
        ops['f'] = lambda x: x + 2
    if i == 2000:
        ops['f'] = lambda x: x * 1
print(acc)
data = list(range(1000))
for i in range(0, 1000, 3):
    data[i] = float(data[i])
for i in range(1, 1000, 7):
    data[i] = str(data[i])
ints = floats = strs = 0
for v in data:
    if type(v) is int:
        ints += v
    elif type(v) is float:
        floats += v
    else:
        strs += len(v)
print(ints, floats, strs)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
total = 0
for i in range(1000):
    total = total + (Num(1) if i == 500 else 1)
    if isinstance(total, Num):
        total = total.v * 10
print(total)
