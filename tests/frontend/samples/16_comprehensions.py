a = [x for x in y]
b = [x * 2 for x in range(10) if x % 2 if x > 3]
c = {x for x in y}
d = {k: v for k, v in items}
e = (x for x in y)
f = [(a, b) for a in x for b in y if a != b]
g = [x for x, in pairs]
h = [[y for y in x] for x in z]
i = sum(x for x in y)
k = [x for x in y if (z := x)]
l = {k: [v for v in vs] for k, vs in groups.items()}
m = [a for (a, b) in c]
n = [a for [a, b] in c]
