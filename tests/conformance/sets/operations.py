# sets: union/intersection/difference/symmetric difference, operators and methods
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([1, 3], {3, 1})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= a, {1} < a, a < a, a >= {1, 2}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
s = set()
s.add(3)
s.add(3)
s.update([1, 2], (9,))
print(sorted(s), len(s))
s.discard(100)
s.remove(9)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
c = {5, 6}
c |= {7}
c &= {6, 7, 8}
c -= {8}
c ^= {1, 6}
print(sorted(c))
p = {42}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
print({1, 2} == {2, 1}, {1, 2} == frozenset([1, 2]), set() == set(), {} == set())
