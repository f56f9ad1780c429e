# comprehensions: comprehension variables do not leak; outer names are visible
x = 'outer'
result = [x for x in range(3)]
print(result, x)
n = 10
print([n + i for i in range(3)])
gen = (i * n for i in range(3))
n = 100
print(list(gen))
items = [1, 2, 3]
g2 = (v for v in items)
items = [9, 9]
print(list(g2))
def f():
    y = 5
    return [y * k for k in range(3)], {k: y for k in 'ab'}
print(f())
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
print([[j for j in range(i)] for i in range(4)])
z = [lambda: q for q in range(3)]
print([fn() for fn in z])
try:
    q
except NameError as e:
    print(type(e).__name__, e)
