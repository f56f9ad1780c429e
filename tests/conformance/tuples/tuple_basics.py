# tuples: construction, single-element, immutability, methods, comparisons
t = (1, 'two', 3.0)
print(t, len(t), t[1], t[-1], t[::-1], t[1:])
print((), (1,), 1, (1), tuple('ab'), tuple([1, 2]), tuple(range(3)))
x = 1, 2, 3
print(x, type(x).__name__)
print(t + (4,), (0,) * 3, t.count(3.0), t.index('two'))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1,) == [1])
print(hash((1, 2)) == hash((1, 2)), (1, 2) in {(1, 2): 'yes'})
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index('missing')
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
mut = ([1], [2])
mut[0].append(9)
print(mut)
try:
    mut[0] += [10]
except TypeError as e:
    print(type(e).__name__, e)
print(mut)
