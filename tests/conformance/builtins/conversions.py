# builtins: int/float/str/bool/list/tuple/dict/set/frozenset constructors
print(int(), int('7'), int(7.9), int('-0'), float(), float('2.5'), float(3), str(), str(4.0), bool(), bool('0'))
print(list('abc'), list((1, 2)), list({'a': 1}), list(range(3)), list(x for x in 'hi'))
print(tuple([1, 2]), tuple('xy'), tuple({1: 2}), tuple())
print(dict(a=1), dict([('x', 1), ['y', 2]]), dict(zip('ab', [1, 2])), dict({'k': 'v'}, k2='v2'), dict())
print(sorted(set('banana')), set([3, 3, 1]), sorted(frozenset('aab')), set(), frozenset())
print(str(b'bytes'), str([1, 'x']), str({'a': [1, 2]}), repr('q'), repr(1.0), repr([None]))
print(bool([]), bool([0]), bool(0.0), bool(' '), bool(range(0)), bool(range(1)))
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
