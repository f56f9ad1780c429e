# caches: one unpacking site specialized for 2-tuples, then given lists, wrong-length tuples and
# lists, generators, strs, dicts, and objects that are not iterable
def pair(v):
    try:
        a, b = v
        return (a, b)
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ':' + str(e)

def triple(v):
    try:
        a, b, c = v
        return a + b + c
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ':' + str(e)

def two_gen():
    yield 'g1'
    yield 'g2'

inputs = [lambda i: (i, -i), lambda i: [i, i * 2], lambda i: (i,), lambda i: (1, 2, 3),
          lambda i: [i] * 5, lambda i: two_gen(), lambda i: 'xy', lambda i: {'k': i, 'j': 0},
          lambda i: i, lambda i: range(i, i + 2), lambda i: iter((i, i)), lambda i: (i, -i)]
res = []
for i in range(len(inputs) * 8):
    r = pair(inputs[i // 8](i))
    if i % 8 == 7:
        res.append(r)
for r in res:
    print(r)

t = []
for i in range(90):
    if i < 30:
        v = (i, 1, 2)
    elif i < 60:
        v = [i, 'a', 'b'] if i % 2 else [i, 1.5, 0.5]
    else:
        v = (i, 1) if i % 3 == 0 else ('s', 't', 'r')
    t.append(triple(v))
print(t[28:32], t[58:64])

def swap(a, b):
    a, b = b, a
    return a, b
def star_unpack(v):
    first, *rest = v
    return first, rest
sw = []
sts = []
for i in range(60):
    sw.append(swap(i, 'x' if i >= 30 else -i))
    sts.append(star_unpack([i, i + 1] if i < 40 else (i,) if i % 2 else 'abc'))
print(sw[29:31], sts[38:43])
print([star_unpack(v) for v in ([1], (1, 2, 3), 'hé🐍', range(3))])
