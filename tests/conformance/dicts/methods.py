# dicts: get/setdefault/pop/popitem/update/copy/clear/keys/values/items
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 'dflt'), d['b'])
print(d.setdefault('c', 3), d.setdefault('a', 99), d)
print(d.pop('b'), d.pop('zz', 'none'), d)
d.update({'x': 10}, y=20)
d.update([('z', 30)])
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c['new'] = 1
print(d, c, len(c), 'new' in d, 'new' in c)
c.clear()
print(c, bool(c))
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
try:
    d.pop('missing')
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[['list']] = 1
except TypeError as e:
    print(type(e).__name__, e)
print({(1, 2): 'tuple key', 3.5: 'float', None: 'none', True: 'bool'})
