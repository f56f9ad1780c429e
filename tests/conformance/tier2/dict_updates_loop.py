# tier2: dict updates inside hot loops -- counting, setdefault, deletion and re-insertion,
# update(), pop(), keys of mixed types, and a dict that grows past several resizes
counts = {}
for i in range(600):
    k = i % 13
    counts[k] = counts.get(k, 0) + i
print(counts)

groups = {}
for i in range(600):
    groups.setdefault('g%d' % (i % 5), []).append(i)
print({k: (len(v), sum(v)) for k, v in groups.items()})

# delete and re-insert keys: insertion order changes
d = {c: ord(c) for c in 'abcdefghij'}
for i in range(600):
    k = 'abcdefghij'[i % 10]
    if i % 7 == 0:
        v = d.pop(k, None)
        d[k] = (v or 0) + 1
print(list(d.items()))

# grow a dict to thousands of keys, then shrink it
big = {}
for i in range(3000):
    big[i * 7 % 3001] = i
for i in range(0, 3000, 2):
    del big[i * 7 % 3001]
print(len(big), sum(big.values()), list(big)[:5])

# keys of mixed types that compare equal (1, 1.0, True)
m = {}
for i in range(600):
    key = [1, 1.0, True, 2, 'two'][i % 5]
    m[key] = m.get(key, 0) + 1
print(m)

# update() and | inside a loop
acc = {}
for i in range(300):
    acc.update({i % 4: i, 'last': i})
    if i % 100 == 0:
        acc = acc | {'mark%d' % i: True}
print(acc)

# a dict mutated while iterated raises, caught in the loop
errs = 0
for i in range(200):
    dd = {1: 1, 2: 2}
    try:
        for k in dd:
            if i % 2:
                dd[k + 10] = 0
    except RuntimeError:
        errs += 1
print(errs)
