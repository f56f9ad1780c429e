# tier2: module attributes changed mid-loop -- from outside (mod.X = ...), from inside the module
# (a function that rebinds its own global), a module function replaced, and a stdlib attribute
import _tier2_mod as m
import math
total = 0
log = []
for i in range(600):
    total += m.rated(1) + m.RATE
    if i == 150:
        m.RATE = 5
    if i == 300:
        m.set_rate(-2)
    if i == 450:
        m.tag = lambda: 'mod-v2'
    if i in (149, 150, 151, 299, 300, 301, 449, 450, 451):
        log.append((i, total, m.call_tag()))
print(total)
print(log)

orig_floor = math.floor
vals = []
for i in range(400):
    if i == 200:
        math.floor = lambda x: 'floor!'
    if i == 300:
        math.floor = orig_floor
    vals.append(math.floor(i / 3))
print(vals[198:203], vals[298:303], vals[-1])

# a class in the module gets a new class attribute mid-loop
b = m.Box()
shown = []
for i in range(400):
    if i == 200:
        m.Box.label = 'crate'
    shown.append(b.show())
print(shown[199], shown[200], shown.count('box'), shown.count('crate'))
