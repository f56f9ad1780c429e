# comprehensions: dict and set comprehensions, key collisions, nested
print({x: x ** 3 for x in range(5)})
print({x % 3: x for x in range(10)})
print(sorted({c for c in 'mississippi'}), {n % 4 for n in range(100)})
names = ['ann', 'bob', 'cy']
print({n: i for i, n in enumerate(names)}, {n: len(n) for n in names if len(n) == 3})
print({k: v for k, v in zip('abc', [1, 2, 3]) if v != 2})
print({(a, b): a + b for a in range(2) for b in range(2)})
inv = {'x': 1, 'y': 2}
print({v: k for k, v in inv.items()})
print({frozenset({i, i + 1}) for i in range(3)} == {frozenset({0, 1}), frozenset({1, 2}), frozenset({2, 3})})
grid = {(r, c): '#' if (r + c) % 2 else '.' for r in range(3) for c in range(3)}
for r in range(3):
    print(''.join(grid[r, c] for c in range(3)))
