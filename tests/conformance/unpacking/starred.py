# unpacking: starred assignment targets in all positions
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*init, last = 'hello'
print(init, last)
first, *rest = range(4)
print(first, rest)
x, *y, z = (1, 2)
print(x, y, z)
*everything, = {'k1': 1, 'k2': 2}
print(everything)
(p, q), *others = [(1, 2), (3, 4), (5, 6)]
print(p, q, others)
head, *mid, tail = [[1], [2], [3], [4]]
print(head, mid, tail)
for first, *more in [(1, 2, 3), (4,), (5, 6)]:
    print(first, more)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
print([*range(3), *'ab', *{'x': 0}], (*[1, 2], 3), {*[1, 1, 2]})
print({**{'a': 1}, 'b': 2, **dict(c=3)})
