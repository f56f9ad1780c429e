# basics: assignment, multiple targets, del of names/items/attributes
a = b = c = [1, 2]
a.append(3)
print(a, b, c, a is b)
x, y = 1, 2
x, y = y, x
print(x, y)
n = 10
del n
try:
    print(n)
except NameError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[1:3]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
class Box:
    pass
bx = Box()
bx.v = 1
bx.w = 2
del bx.v
print(hasattr(bx, 'v'), hasattr(bx, 'w'))
try:
    del bx.v
except AttributeError as e:
    print(type(e).__name__)
try:
    del d['zzz']
except KeyError as e:
    print(type(e).__name__, e)
p = q = 7
del p
print(q)
