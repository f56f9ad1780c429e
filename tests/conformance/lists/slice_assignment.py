# lists: slice assignment (grow/shrink), extended slices, del slices
a = list(range(8))
a[2:4] = ['x', 'y', 'z']
print(a)
a[1:6] = []
print(a)
a[0:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[::2] = ['E'] * len(a[::2])
print(a)
b = list(range(10))
b[1::3] = 'abc'
print(b)
del b[::2]
print(b)
del b[1:3]
print(b)
b[:] = (7, 8)
print(b)
c = [1, 2, 3]
c[1:2] = range(4)
print(c)
c[-1:] = 'tail'
print(c)
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
d = [0, 1, 2, 3]
d[3:1] = ['ins']
print(d)
