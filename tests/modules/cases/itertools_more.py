# itertools edge cases: reprs, lazy consumption, groupby invalidation, tee, errors
import itertools as it
c = it.count(5)
print(repr(c), next(c), repr(c), repr(it.count(2.5, 0.5)), repr(it.count(1.0)), repr(it.count(0, 1.0)))
r = it.repeat('x', 2)
print(repr(r), next(r), repr(r), list(r), repr(r), repr(it.repeat(None)), repr(it.repeat(1, -5)))
print(type(c).__name__, type(it.chain()).__name__, it.chain.__name__, isinstance(it.chain(), it.chain))
g = it.groupby('aabbbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), [(k, list(v)) for k, v in g])
print([(k, list(v)) for k, v in it.groupby([1, 1.0, True, 2, 2.0], key=lambda x: x)])
a, b, c3 = it.tee(iter(range(5)), 3)
print(next(a), next(a), list(b), list(a), list(c3))
t1, t2 = it.tee('abc')
t3, = it.tee(t1, 1)
print(next(t1), list(t3), list(t2), it.tee([1], 0))
print(list(it.islice(it.count(), 2, 10, 3)), list(it.islice('abcdef', 2, None)), list(it.islice('abc', 0)))
src = iter(range(10))
print(list(it.islice(src, 1, 4)), next(src))
for bad in [lambda: it.islice('abc', -2), lambda: it.islice('abc', 1, 2, 0), lambda: it.islice('abc', 'x'), lambda: it.count('a'),
            lambda: it.permutations('abc', -1), lambda: it.combinations('abc', 1.5), lambda: it.product('ab', repeat=-1),
            lambda: it.tee('a', -1), lambda: list(it.chain(1, 2)), lambda: list(it.starmap(pow, [1]))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(list(it.accumulate([1, 2, 3], initial=None)), list(it.accumulate([], initial=5)), list(it.accumulate(['a', 'b'], lambda x, y: y + x)))
print(list(it.dropwhile(lambda x: x < 3, [1, 5, 1, 2])), list(it.takewhile(bool, [1, 2, 0, 3])), list(it.filterfalse(None, [0, 1, '', 'a'])))
print(list(it.compress('abc', [1, 0])), list(it.zip_longest('ab', 'c', 'def', fillvalue=None)))
print(list(it.product('ab', 'c', repeat=2)), list(it.product('ab', [])), list(it.permutations([])), list(it.permutations('ab', 3)))
print(list(it.combinations_with_replacement('ab', 3)), list(it.combinations_with_replacement('', 0)), list(it.combinations_with_replacement('', 1)))
print(list(it.combinations(range(4), 0)), len(list(it.combinations(range(8), 4))), list(it.permutations(range(3), 0)))
cy = it.cycle([])
print(list(cy), list(it.islice(it.cycle('ab'), 5)))
print(list(it.pairwise([])), list(it.pairwise(iter([1, 2, 3]))))
print(list(map(list, it.tee([]))), sum(it.repeat(2, 5)))
def gen():
    yield 1
    yield 2
    raise ValueError('boom')
try:
    list(it.chain(gen(), [3]))
except ValueError as e:
    print('ValueError', e)
print(list(it.chain.from_iterable(x for x in ['ab', 'c'])))
