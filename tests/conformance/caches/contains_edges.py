# caches: one `in` site specialized for dict/set, then given frozensets, lists, strs, tuples,
# objects with __contains__ / __iter__ / __getitem__, and unhashable items
def has(item, c):
    try:
        return item in c
    except TypeError as e:
        return type(e).__name__ + ':' + str(e)

def has_not(item, c):
    return item not in c

class Odd:
    def __contains__(self, x):
        return x % 2 == 1
class Iter:
    def __iter__(self):
        return iter([3, 4])
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class Big:
    def __contains__(self, x):
        return x > 4

d = {1: 'a', 2: 'b'}
s = {2, 3}
containers = [d, s, frozenset([3, 4]), [4, 5], (5, 6), range(0, 10, 3), Odd(), Iter(), Seq(), Big()]
out = []
for i in range(len(containers) * 12):
    c = containers[i // 12]
    out.append(sum(1 for k in range(7) if has(k, c) is True))
print(out[::12])
print([has(0, c) for c in containers], [has_not(3, c) for c in containers])

hits = []
for i in range(80):
    item = i % 4
    if i == 40:
        item = [1]
    if i == 41:
        item = {1: 2}
    if i == 42:
        item = 1.0
    if i == 43:
        item = True
    hits.append(has(item, s if i % 2 else d))
print(hits[38:46])

words = 'hello world'
sub = []
for i in range(60):
    needle = 'lo w'[: i % 5]
    if i >= 50:
        needle = 3
    sub.append(has(needle, words))
print(sub[:6], sub[-2:])
d[4] = 'late'
s.discard(3)
print(has(4, d), has(3, s), has('é', 'café'), has('🐍', 'a🐍'), has('', ''))
