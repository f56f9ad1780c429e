x = 1
x = y = z = 2
a, b = 1, 2
(a, b) = c
[a, b] = c
a, *b = c
*a, b = c
a, (b, c) = d
[a, [b, *c]] = d
x.y = 1
x[0] = 2
x, y.z, w[0] = 1, 2, 3
a = b = c, d = e
x = (yield_ := 3)
x = *a, *b
i, = [1]
