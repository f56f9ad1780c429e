# sets: frozenset hashability, sets of tuples, unhashable elements
fs = frozenset([3, 1, 2])
print(sorted(fs), len(fs), 2 in fs, type(fs).__name__)
d = {fs: 'frozen', frozenset(): 'empty'}
print(d[frozenset({1, 2, 3})], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2, 1})}
print(len(nested), sorted(sorted(x) for x in nested))
pts = {(0, 0), (1, 2), (0, 0), (2, 1)}
print(sorted(pts), (1, 2) in pts)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().add({})
except TypeError as e:
    print(type(e).__name__, e)
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset([1]) == {1})
print(sorted(fs | {9}), sorted(fs.union([8])), fs.issubset({1, 2, 3, 4}))
s = {1, 2, 3}
try:
    hash(s)
except TypeError as e:
    print(type(e).__name__, e)
print(set([1, 1.0, True]), {0, False, 0.0}, len({1, '1'}))
