# generators: StopIteration raised inside a generator becomes RuntimeError (PEP 479)
def bad():
    yield 1
    raise StopIteration('oops')
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def uses_next(it):
    while True:
        yield next(it)
print('uncaught next:')
print(list(uses_next(iter([1, 2]))))
