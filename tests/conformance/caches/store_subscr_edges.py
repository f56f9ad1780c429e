# caches: one item-assignment site specialized for list[int] / dict, then given negative and
# out-of-range indices, unhashable keys, tuples, subclasses overriding __setitem__
def put(c, k, v):
    try:
        c[k] = v
        return 'ok'
    except (IndexError, TypeError, KeyError) as e:
        return type(e).__name__ + ':' + str(e)

lst = [0] * 8
log = []
for i in range(120):
    k = i % 8
    if i >= 60:
        k = -k - 1
    if i >= 100:
        k = k * 2 if i % 2 else 2 ** 40
    r = put(lst, k, i)
    if r != 'ok':
        log.append((i, r))
print(lst, log[:3], len(log))

class Recording(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, ('rec', v))
class Tracking(list):
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 10)
targets = [{}, {}, Recording()]
res = []
for i in range(90):
    if i == 45:
        targets[1] = Tracking([0, 0, 0])
    t = targets[i % 3]
    key = i % 3 if i >= 45 else 'k' + str(i % 3)
    res.append(put(t, key, i))
print(targets[0], targets[1], sorted(targets[2].items(), key=repr))
print([r for r in res if r != 'ok'][:3])

d = {}
bad = []
for i in range(60):
    key = i % 4
    if i == 30:
        key = [1]
    if i == 31:
        key = {}
    if i == 32:
        key = (1, [2])
    if i == 33:
        key = 2.0
    if i == 34:
        key = True
    r = put(d, key, i)
    if r != 'ok':
        bad.append(r)
print(d, bad)
print(put((1, 2), 0, 5), put('ab', 0, 'c'), put(range(3), 0, 1))
