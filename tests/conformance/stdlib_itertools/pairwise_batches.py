# stdlib_itertools: pairwise, tee, islice-based batching, product-based grids
from itertools import pairwise, tee, islice, product, count
print(list(pairwise([1, 4, 9, 16])), list(pairwise('ab')), list(pairwise('a')))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
a, b = tee(range(4))
print(list(a), list(b))
def batched(it, n):
    it = iter(it)
    while True:
        chunk = list(islice(it, n))
        if not chunk:
            return
        yield chunk
print(list(batched(range(10), 3)), list(batched('abcdef', 2)))
grid = [''.join('#' if (r + c) % 3 == 0 else '.' for c in range(6)) for r in range(3)]
print(grid)
print(sum(1 for x, y in product(range(10), repeat=2) if x + y == 9))
first_sq_over = next(n for n in count(1) if n * n > 500)
print(first_sq_over)
