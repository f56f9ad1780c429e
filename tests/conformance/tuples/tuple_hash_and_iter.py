# tuples: hashing of int tuples, use as dict keys, iteration, nested tuples, min/max
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1, 0)))
print(hash(((1, 2), (3,))), hash((2 ** 70, -5)))
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, len(grid))
pts = [(3, 1), (1, 2), (1, 1), (2, 5)]
print(sorted(pts), min(pts), max(pts), max(pts, key=lambda p: p[1]))
for a, b in pts:
    print(a * b, end=' ')
print()
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sum(nested[0]))
print(tuple(x * 2 for x in range(4)), tuple(map(str, (1, 2))))
print(divmod(17, 5), type(divmod(17, 5)).__name__)
t = (5, 3, 8)
print(sorted(t), tuple(sorted(t)), any(t), all(t), 3 in t)
