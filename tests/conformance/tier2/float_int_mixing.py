# tier2: the type flowing through a hot loop changes mid-loop (int -> float -> int), int/float
# mixing in arithmetic and comparisons, and bools used as ints
total = 0
types = []
for i in range(600):
    if i < 200:
        total += i
    elif i < 400:
        total += i * 0.5
    else:
        total = int(total) + i
    t = type(total).__name__
    if not types or types[-1][1] != t:
        types.append((i, t))
print(total, types)

# the same binary op site sees int, float, bool, then mixed
vals = [3, 2.5, True, -4, 0.25, False, 7, 1e3]
acc = 0
outs = []
for i in range(600):
    a = vals[i % 8]
    b = vals[(i * 3 + 1) % 8]
    r = a * b - a / (b if b else 1) + (a > b)
    acc += r
    if i % 75 == 0:
        outs.append(round(r, 6))
print(round(acc, 6), outs)

# bools as ints: sums of comparisons, indexing with bools, bool arithmetic
evens = 0
pair = ['no', 'yes']
words = []
for i in range(600):
    evens += (i % 2 == 0)
    evens += True * (i % 3 == 0)
    if i % 100 == 0:
        words.append(pair[i % 4 == 0])
print(evens, words, True + True, type(True + 0).__name__, True & 1, -True)

# float accumulation that becomes exact-integral then fractional again
f = 0.0
marks = []
for i in range(600):
    f += 0.5 if i < 300 else -0.25
    if i in (1, 299, 300, 599):
        marks.append((f, f.is_integer(), int(f)))
print(f, marks)

# int division results flipping between exact and inexact
q = []
for i in range(1, 600):
    r = (i * 6) / 3
    if i % 200 == 0:
        q.append((r, i // 7, i % 7, -i // 7, divmod(-i, 7)))
print(q)
