# caches: one subscript site specialized for list/tuple/str with small int indices, then given
# negative and out-of-range indices, bools, big ints, subclasses, dicts with __missing__
def get(seq, i):
    try:
        return seq[i]
    except (IndexError, KeyError, TypeError) as e:
        return type(e).__name__ + ':' + str(e)

lst = list(range(10))
out = []
for i in range(100):
    idx = i % 10
    if i >= 50:
        idx = -idx - 1
    if i >= 80:
        idx = idx * 3
    out.append(get(lst, idx))
print(out[45:55], out[78:86])

class MyList(list):
    def __getitem__(self, i):
        return ('sub', list.__getitem__(self, i))
class PlainSub(list):
    pass
containers = [[1, 2, 3], (4, 5, 6), 'xyz', MyList([7, 8, 9]), PlainSub([10, 11, 12]), range(20, 23)]
res = []
for i in range(120):
    c = containers[(i // 20) % len(containers)]
    res.append(get(c, i % 3))
print(res[18:22], res[38:42], res[58:62], res[78:82], res[98:102], res[-2:])

flags = []
for i in range(60):
    k = i % 2 == 0
    if i >= 40:
        k = 2 ** 40 if i % 2 else -(2 ** 31)
    flags.append(get(['no', 'yes'], k))
print(flags[38:43])

class Defaulting(dict):
    def __missing__(self, key):
        return 'missing:' + str(key)
d = {'a': 1, 'b': 2}
dd = Defaulting(a=10)
got = []
for i in range(90):
    key = 'a' if i % 2 else 'b'
    if i == 30:
        del d['b']
    if i >= 60:
        got.append(get(dd, key))
    else:
        got.append(get(d, key))
print(got[28:34], got[58:64])
print(get({(1, 2): 't'}, (1, 2)), get({}, [1]), get('abc', 'x'), get('🐍é', -1))
word = 'ab'
chars = []
for i in range(80):
    if i == 40:
        word = 'a🐍é\U0001F600z'
    chars.append(get(word, i % len(word)))
print(''.join(chars[36:48]), get(word, 5), get(word, -5))
