class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K(%r)' % (self.v,)
    def __lt__(self, o): return self.v < o.v
s = {K(i) for i in range(20)}
t = set(K(i) for i in range(10, 30))
print(sorted(s & t), sorted(s | t)[:3], len(s - t), len(s ^ t))
d = {K(i): [K(i)] * 2 for i in range(10)}
print(d[K(3)], K(11) in d, len(d), list(d.items())[:2])
d2 = dict(d); d2.update([(K(100), 1)]); print(len(d2), d2 == d, d2 != d)
print(dict.fromkeys([K(1), K(2)], K(0)))
print(dict([(K(1), 1)]) == dict([(K(1), 1)]), [K(1), K(2)] == [K(1), K(2)], (K(1),) == (K(1),), [K(1)].index(K(1)), [K(2), K(1)].count(K(1)))
l = [K(i) for i in range(50)]; l.sort(reverse=True); print(l[:3]); l.remove(K(25)); print(len(l), K(25) in l)
print(repr([K('a'), dict([(K('b'), (K('c'),))])]), str(set([K(1)])), '%s %r' % (K(1), K(2)), '{} {!r}'.format(K(1), K(2)))
print({K(i) for i in range(5)} == {K(i) for i in range(5)}, frozenset([K(1)]) | set([K(2)]))
print(d.keys() & set([K(1), K(99)]), set([K(1)]) | d.keys() == set(d), d.items() & set([(K(1), K(1))]))
x = [K(i) for i in range(3)]; x *= 3; x += [K(9)]; print(len(x), x[-1])
g = (K(i) for i in range(5)); lst = []; lst.extend(g); print(lst)
print(sorted(set(map(K, 'hello'))), set().union(*[set([K(1)]), set([K(2)])]) == set([K(1), K(2)]))
