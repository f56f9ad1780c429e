# stdlib_itertools: accumulate (with func/initial), chain, chain.from_iterable, starmap, tee-free
from itertools import accumulate, chain, starmap
import operator
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)), list(accumulate([1, 2, 3], initial=100)), list(accumulate([])))
print(list(accumulate('abc')), list(accumulate([5, 3, 8], lambda a, b: a - b)))
print(list(chain('ab', [1, 2], (3,), range(2))), list(chain()), list(chain.from_iterable(['xy', 'z', []])))
print(list(chain.from_iterable([[1, 2], [3], [[4]]])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda a, b: a + b, ['ab', 'cd'])))
g = chain(iter([1, 2]), iter([3]))
print(next(g), list(g))
