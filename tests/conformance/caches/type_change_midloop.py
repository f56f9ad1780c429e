# caches: operand types change mid-loop (int -> float -> str -> list) for the same operation
def add(a, b):
    return a + b
vals = [(1, 2)] * 500 + [(1.5, 2.25)] * 500 + [('a', 'b')] * 500 + [([1], [2])] * 500 + [(10 ** 30, 1)] * 500
out = []
for a, b in vals:
    r = add(a, b)
    if not out or out[-1] != r:
        out.append(r)
print(out)
def compare(a, b):
    return a < b
cmp = []
for a, b in [(1, 2), (2.5, 1), ('b', 'a'), ((1, 2), (1, 3)), (True, 2)] * 300:
    cmp.append(compare(a, b))
print(cmp[:5], cmp.count(True))
x = 0
for i in range(1000):
    x = x + 1 if i < 500 else x + 0.5
print(x, type(x).__name__)
try:
    for i, v in enumerate([1] * 800 + [None]):
        add(v, 1)
except TypeError as e:
    print(i, type(e).__name__, e)
