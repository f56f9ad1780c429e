a = 1 + 2 * 3 - 4 / 5
b = (1 + 2) * (3 - 4) / 5
c = 2 ** 3 ** 2 * 4
d = -x ** 2
e = not a < b and c or d
f = a | b ^ c & d << e >> f + g - h * i / j // k % l ** m
g = a if b or c else d and e
h = lambda: a or b
i = x in y and z not in w or v is None
j = a < b == c > d
k = ~a ** -b
l = await_ if x else -(-y)
m = (a, b)[0] + [c][0] + {1: d}[1]
n = a[1:2] * b.c(d)[e]
