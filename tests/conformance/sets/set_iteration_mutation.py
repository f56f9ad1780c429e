# sets: int set printing, copy, clear, iteration errors when mutated, min/max/sum
s = {5, 3, 1}
print(sorted(s), min(s), max(s), sum(s), len(s))
t = s.copy()
t.add(7)
print(sorted(s), sorted(t))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
s.clear()
print(s, len(s), bool(s))
evens = {x for x in range(20) if x % 2 == 0}
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens - threes)[:4], len(evens | threes))
print(sorted({x % 7 for x in range(50)}))
print(set(), repr(set()), frozenset(), set('a'))
print({1, 2, 3} - {2} == {1, 3}, sorted({-1, -5, 3}))
