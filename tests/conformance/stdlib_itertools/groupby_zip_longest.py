# stdlib_itertools: groupby (consecutive keys), zip_longest with fillvalue, takewhile/dropwhile/compress/filterfalse
from itertools import groupby, zip_longest, takewhile, dropwhile, compress, filterfalse
print([(k, list(g)) for k, g in groupby('aaabbcaaa')])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, len(list(g))) for k, g in groupby(sorted(words, key=len), key=len)])
print([k for k, _ in groupby([1, 1, 2, 2, 2, 1, 3])])
print(list(zip_longest('abcd', [1, 2])), list(zip_longest('ab', 'xyz', fillvalue='-')))
print(list(zip_longest()), list(zip_longest([1], [], [2, 3], fillvalue=0)))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 3, range(10))))
groups = groupby([1, 2, 2, 3])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
