# dicts: dict comprehensions, | and |= merging, ** unpacking, equality
sq = {n: n * n for n in range(6)}
print(sq)
inv = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inv)
print({w: len(w) for w in 'the quick brown fox'.split() if len(w) > 3})
print({(i, j): i * j for i in range(2) for j in range(3)})
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a)
a |= b
print(a)
a |= [('w', 0)]
print(a)
print({**b, 'extra': True, **{'y': -1}})
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2})
try:
    a | [('k', 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
print(dict(sorted({'b': 2, 'c': 3, 'a': 1}.items(), key=lambda kv: -kv[1])))
