# basics: None and bool semantics, truthiness of builtin values
print(None, type(None).__name__)
print(None is None, None == None, None == 0, None == False)
print(True + True, True * 10, False - 1, True / 2)
print(int(True), float(False), str(True), repr(False))
print(True == 1, False == 0, True is not None == 1)
print(isinstance(True, int), issubclass(bool, int))
for v in [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (None,), {}, {1: 2}, set(), None]:
    print(repr(v), bool(v))
print(bool(), bool(None))
print(True & False, True | False, True ^ True, ~True)
print(not None, not not [])
def f():
    pass
print(f())
print(sum([True, True, False, True]))
print(hash(True) == hash(1), {True: 'a', 1: 'b'})
print(max(False, True), min(True, False))
print(True.__class__.__name__, bool.__name__)
