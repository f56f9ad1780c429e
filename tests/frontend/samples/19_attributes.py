a.b
a.b.c.d
a.b = 1
a.b.c = 2
del a.b
f().x
(1).real
x = a.b(c).d[e].f
a . b
