f = lambda: 0
g = lambda x: x
h = lambda x, y=1: x + y
i = lambda *a, **k: (a, k)
j = lambda *, k: k
k = lambda a, *b, c=1, d, **e: 0
l = lambda x: lambda y: x + y
m = (lambda: 1)()
n = lambda x=lambda: 1: x
o = [lambda: i for i in range(3)]
