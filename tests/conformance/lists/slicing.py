# lists: slicing with steps, negative indices, copies vs aliases
a = list(range(10))
print(a[2:7], a[:3], a[-3:], a[::3], a[::-1], a[7:2:-2], a[-2:-8:-3])
print(a[100:], a[-100:2], a[5:5], a[8:3])
c = a[:]
c[0] = 'changed'
print(a[0], c[0], c is a, c == a)
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(99)
print(nested, shallow)
print(a[slice(1, 9, 2)], a[slice(None, 3)], a[slice(-1, None, -4)])
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
try:
    a[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a['1']
except TypeError as e:
    print(type(e).__name__, e)
print(a[-10], a[True], a[1.0 > 0])
