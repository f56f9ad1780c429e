# lists: comparison, membership, nesting, min/max/sum, repeat, equality, in-place ops
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
b = b + [5]
print(a, b, a is b)
a *= 2
print(a)
print([1, 2] < [1, 2, 0], [1, 3] > [1, 2, 9], [] < [0], [1, 2] == [1, 2], [1] != [1.0])
print(3 in a, 9 not in a, [1, 2] in [[1, 2], [3]], len(a))
print(min(a), max(a), sum(a), sorted(set(a)))
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested), nested)
x = [0, 1]
x.append(x)
print(x)
print(list(), list('ab'), list(range(3)), list((1, 2)), list({'k': 1}))
e = list(enumerate('ab'))
print(e, list(zip([1, 2], 'xy')))
print([i for i in reversed([1, 2, 3])], a.__len__(), a.__getitem__(0))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2] < [1, 'a']
except TypeError as e:
    print(type(e).__name__, e)
