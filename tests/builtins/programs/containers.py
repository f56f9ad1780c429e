# sets ordering
print({5, 3, 1}, set(range(10)), {100, 1, 50, 7}, set([33, 1, 65, 97]))
print({-1, -2, 3}, {0.5, 1, 2.5}, {(1, 2), (0, 0), (3, 1)}, {True, 2, 0})
s = set(range(20)); s -= {1, 2, 3}; print(s)
print({x * 7 for x in range(12)}, set(range(100, 0, -9)))
s = {1, 2, 3}; print(s.pop(), s.pop(), s)
s = set(); 
for i in [40, 8, 3, 16, 24, 7]: s.add(i)
print(s, list(s), sorted(s) == sorted(list(s)))
print(frozenset([3, 2, 1]), frozenset(), set(), repr(frozenset({'a'})))
print({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, frozenset({1}) | {2})
a = {1, 2, 3}; b = a.copy(); b.add(4); print(a, b, a < b, a <= b, b > a, a == b, a != b, a.isdisjoint({9}))
print(set('hello') == set('olleh'), len({frozenset({1, 2}), frozenset({2, 1})}))
print(hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})), hash(frozenset()))
print(set([1, 2]).union([3], (4,), {5: 6}), {1, 2, 3}.intersection([2, 3, 4], (3,)), {1, 2, 3}.difference({1}, [2]))
x = {1, 2, 3}; x.intersection_update({2, 3, 5}); x.difference_update([3]); x.symmetric_difference_update({7, 2}); print(x)
x.update(); x.update([9], {8}); print(x); x.discard(99); x.clear(); print(x)
print({frozenset({1})} , frozenset({1}) in {frozenset({1})}, {1} in [{1}])
print(set('ab') <= set('abc'), set('abc').issuperset('ab'), {1}.issubset([1, 2]))
# dicts
d = {'b': 1, 'a': 2}
print(d, repr(d), str(d), d.keys(), d.values(), d.items(), list(reversed(d.items())))
d2 = dict(d); d2['c'] = [d2]; print(d2)
d3 = {}; d3['self'] = d3; print(d3)
l = [1]; l.append(l); print(l, [l, l])
t = ([],); t[0].append(t); print(t)
print({1: 'a'} == {1.0: 'a'}, {'a': [1]} == {'a': [1]}, {'a': 1} != {'a': 1})
print(dict.fromkeys(range(3)), dict.fromkeys('ab', []), {}.fromkeys([1]))
class D(dict):
    def __missing__(self, k):
        return k * 2
dd = D(a=1); print(dd['a'], dd['zz'], dd, type(dd).__name__, isinstance(dd, dict))
print(d.get('q', 5), d.setdefault('q', 9), d.pop('q'), d.popitem(), d)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2: del d[k]
print(d, len(d), 2 in d, 3 in d, d.keys() | {9}, d.items() - {(0, 0)}, {(2, 2)} & d.items())
k = d.keys(); print(k == {0, 2, 4}, k != {0}, k <= {0, 2, 4, 5}, k > {0}, {0, 2, 4} == k, k.isdisjoint([9]))
print(len(d.values()), 4 in d.values(), list(d.values()), sorted(d.values(), reverse=True))
e = {'x': 1}; e.update(y=2); e.update([('z', 3)], w=4); e |= {'v': 5}; print(e, e | {'x': 0}, {'x': 0} | e)
it = iter(e); next(it); e['new'] = 1
try:
    next(it)
except RuntimeError as ex:
    print('RuntimeError', ex)
print(list(iter({})), list({}.items()))
# lists
a = [3, 1, 2]; b = a; a += (4, 5); print(a, b is a); a *= 2; print(a); a[1:3] = []; print(a)
a.sort(); print(a); a.sort(reverse=True); print(a); a.sort(key=lambda v: -v, reverse=True); print(a)
print([1, 2] * 2, 2 * [0], [] * 5, [[]] * 2, a.index(4), a.index(4, 3) if 4 in a[3:] else -1, a.count(4))
m = [1, 2, 3, 4, 5]; del m[::2]; print(m); m.insert(-100, 0); m.insert(100, 9); print(m)
print(list(reversed(m)), m[::-1], m.copy() == m, m.copy() is m)
r = [5, 4]; r.extend(range(3)); r.extend(x for x in 'ab'); r.extend(r); print(r)
print([1, 2] < [1, 2, 3], [2] > [1, 9], [1, [2]] == [1, [2]], [] == [], [0] != [0.0])
class L(list): pass
ll = L([3, 1]); ll.append(2); print(ll, len(ll), ll[0], ll[-1:], sorted(ll), type(ll[:]).__name__)
print(list.__repr__([1]), list.__len__([1, 2]))
# tuples
t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t[1:], t * 2, (1,) + (2,), () == (), (1,) < (1, 2))
print(tuple.__len__(t), repr(()), repr((1,)), ((1, 2),), (1, (2, (3,))))
print(hash(()) == hash(()), {(): 1}[()])
