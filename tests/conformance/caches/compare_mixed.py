# caches: comparison sites specialized for small ints, then given floats, bools, big ints, NaN,
# mixed int/float near 2**53, strs with non-ASCII and astral characters, and unorderable types
def cmp(a, b):
    try:
        return [a < b, a <= b, a == b, a != b, a > b, a >= b]
    except TypeError as e:
        return 'TypeError:' + str(e)

nan = float('nan')
pairs = [(1, 2)] * 40 + [(2, 1), (1.5, 1), (1, 1.0), (True, 1), (False, -0.0), (2 ** 40, 2 ** 40 + 1),
         (-(2 ** 40), 3), (2 ** 30, 2 ** 30 - 1), (-(2 ** 30) - 1, -(2 ** 30)), (2 ** 53 + 1, float(2 ** 53)),
         (nan, nan), (nan, 1), (1, nan), (float('inf'), 2 ** 1000), (-float('inf'), -(2 ** 1000)),
         ('a', 'b'), ('é', 'z'), ('z', 'é'), ('\u4e2d', '\U0001F600'), ('\U0001F600', '\U0001F601'),
         ('a\U0001F600', 'a\u4e2d'), ('', 'a'), ('abc', 'ab'), (1, 'a'), ('a', None), (None, None),
         ((1, 2), (1, 3)), ([1, nan], [1, nan]), (2 ** 63, 2 ** 63 - 1)]
res = []
for a, b in pairs:
    res.append(cmp(a, b))
print(res[0])
for r in res[40:]:
    print(r)

def less(a, b):
    return a < b
def chain(a, b, c):
    return a < b < c
hot = []
for i in range(120):
    if i < 40:
        x = i
    elif i < 80:
        x = i + 0.5 if i % 2 else 'x' * (i % 4)
    else:
        x = 2 ** 30 - 100 + i if i % 2 else '🐍' * (i % 3)
    try:
        hot.append(less(x, 50 if not isinstance(x, str) else 'xx'))
        hot.append(chain(0, x, 2 ** 30) if not isinstance(x, str) else chain('', x, '\U0001F40E'))
    except TypeError as e:
        hot.append('TypeError')
print(hot[76:86], hot[-10:])
print(sorted(['b', 'é', 'a', '\U0001F600', '\u4e2d', 'Z', '']), sorted([3, 1.5, True, 2 ** 40, -2 ** 40, 0.0]))
