# dicts: keys/values/items views are live; set operations on key views
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
print(list(k), list(v), list(it), len(k))
print('a' in k, 2 in v, ('b', 2) in it, ('b', 3) in it)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(k == {'a', 'b', 'c', 'd'}, sorted(it & {('a', 1), ('x', 0)}))
for key, val in d.items():
    print(key, val, end='; ')
print()
try:
    for key in d:
        if key == 'b':
            d['zz'] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
for key in list(d):
    if d[key] % 2 == 0:
        del d[key]
print(d)
print(list(zip(d.keys(), d.values())), dict(zip('xyz', range(3))))
print(sum(d.values()), max(d), min(d.items(), key=lambda p: p[1]))
