# builtins: len on many types, sorted on many iterables, reversed on sequences
print(len('héllo'), len([1, 2]), len((1,)), len({'a': 1, 'b': 2}), len({1, 2, 2}), len(range(0, 10, 3)), len(b'ab'))
print(sorted({'b': 1, 'a': 2}.items()), sorted('bca'), sorted((2, 1)), sorted(range(3), reverse=True))
print(sorted([-2, 1, -3], key=abs), sorted(['B', 'a', 'C'], key=str.lower), sorted([[1, 2], [1], []]))
print(list(reversed((1, 2, 3))), ''.join(reversed('abc')), list(reversed(range(1, 10, 4))))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(x for x in 'ab')
except TypeError as e:
    print(type(e).__name__, e)
class Rev:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(Rev())))
