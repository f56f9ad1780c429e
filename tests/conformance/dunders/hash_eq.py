# dunders: __hash__ and __eq__ interplay in dicts and sets; __eq__ disables hashing
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f'Key({self.k!r})'
d = {Key('Hello'): 1}
d[Key('HELLO')] = 2
print(d, Key('hello') in d, len({Key('a'), Key('A'), Key('b')}))
class OnlyEq:
    def __eq__(self, o):
        return True
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)
print(OnlyEq.__hash__)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p in {p}, {p: 1}[p])
class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return self.v == o.v
s = {ConstHash(1), ConstHash(2), ConstHash(1)}
print(len(s), hash(ConstHash(9)))
class BadHash:
    def __hash__(self):
        return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
