# comprehensions: list comprehensions with filters, nesting, conditional expressions
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(4)] for r in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([n for row in matrix for n in row], [list(col) for col in zip(*matrix)])
print(['even' if n % 2 == 0 else 'odd' for n in range(4)])
print([c.upper() for c in 'hello' if c not in 'aeiou'])
print([len(w) for w in 'a bb ccc dddd'.split()])
print([i for i in []], [None for _ in range(2)])
print([(i, s) for i, s in enumerate('xyz') if i != 1])
print([y for x in [[1, [2]], [3, [4]]] for y in x[1]])
words = ['apple', 'bob', 'level', 'tree']
print([w for w in words if w == w[::-1]])
