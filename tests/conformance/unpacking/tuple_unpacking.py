# unpacking: tuple/list unpacking, nested targets, swaps, errors
a, b = 1, 2
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
[m, n] = 'mn'
print(m, n)
(i, j), k = 'ab', 'c'
print(i, j, k)
d = {'one': 1, 'two': 2}
for key, value in d.items():
    print(key, value)
for idx, (u, v) in enumerate([(1, 2), (3, 4)]):
    print(idx, u + v)
lst = [0, 0, 0]
lst[0], lst[2] = 'L', 'R'
print(lst)
class O:
    pass
o = O()
o.a, o.b = divmod(17, 5)
print(o.a, o.b)
a = b = c = 0
a, b, c = c + 1, a + 2, b + 3
print(a, b, c)
for bad in [[1, 2, 3], [1], 5]:
    try:
        p, q = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
