# dicts: insertion order preserved across updates, deletes and re-inserts
d = {}
for k in ['zebra', 'apple', 'mango', 'kiwi']:
    d[k] = len(k)
print(d, list(d))
d['apple'] = 100
print(d)
del d['zebra']
d['zebra'] = 0
print(d)
d.pop('mango')
d['mango'] = 5
print(list(d.items()))
n = {i: i * i for i in range(10, 0, -1)}
print(n)
print(dict([('b', 1), ('a', 2)]), dict(b=1, a=2), dict({'x': 1}, y=2))
print({1: 'a', True: 'b', 1.0: 'c'}, {'k': 1, 'k': 2})
e = dict.fromkeys('cab', 0)
print(e, dict.fromkeys([3, 1, 2]))
print(list(reversed(d)), list(reversed(d.values())))
