a = x and y
b = x or y or z
c = x and y or z and w
d = not x and y
e = not x or not y
f = x < y < z
g = x == y != z
h = x is y is not z
i = x in y not in z
j = x <= y >= z > w < v
k = (x < y) < z
l = not x == y
m = a and (b or c) and d
n = x if not y else z
o = not not x
p = a or b and not c or d
