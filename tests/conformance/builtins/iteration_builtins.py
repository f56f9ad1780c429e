# builtins: enumerate, zip, map, filter, sorted, reversed, iter, next with default
print(list(enumerate('abc')), list(enumerate(['x', 'y'], 10)))
print(list(zip('abc', range(5), [True, False, None])), list(zip()), list(zip([1, 2])))
print(list(map(str.upper, ['a', 'b'])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(int, '123')))
print(list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))))
it = iter([10, 20])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
m = map(lambda x: x * x, range(4))
print(type(m).__name__, next(m), list(m), list(m))
z = zip([1, 2], [3, 4])
print(type(z).__name__, dict(z))
names = ['b', 'a', 'c']
scores = [2, 3, 1]
print([n for _, n in sorted(zip(scores, names))])
e = enumerate('xy')
print(next(e), list(e))
calls = iter(lambda: calls_list.pop(), 'stop')
calls_list = ['stop', 'c', 'b', 'a']
print(list(calls))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
