# stdlib_itertools: count, cycle, repeat used with islice
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(2.5, -0.5), 4)))
print(list(islice(cycle('abc'), 8)), list(islice(cycle([1, 2]), 5)))
print(list(repeat('x', 3)), list(islice(repeat(7), 4)), list(repeat(None, 0)))
print(list(map(pow, range(5), repeat(2))), list(zip(count(1), 'abc')))
print(list(islice(range(100), 10, 20, 3)), list(islice('abcdefg', None, None, 2)), list(islice('abc', 5)))
c = count(3)
print(next(c), next(c), next(c))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
try:
    islice('abc', -1)
except ValueError as e:
    print(type(e).__name__, e)
