# stdlib_itertools: product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', [1, 2])))
print(list(product([0, 1], repeat=3)))
print(len(list(product(range(3), range(4), range(2)))), list(product()))
print(list(permutations('abc')))
print(list(permutations(range(4), 2)))
print(list(combinations('abcd', 2)), list(combinations(range(5), 4)))
print(list(combinations('ab', 3)), list(combinations('abc', 0)))
print(list(combinations_with_replacement('abc', 2)))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 5)))
print([''.join(p) for p in permutations('xyz', 3) if p[0] != 'x'])
