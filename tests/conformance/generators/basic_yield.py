# generators: yield, lazy execution order, exhaustion and StopIteration
def gen():
    print('  start')
    yield 1
    print('  after 1')
    yield 2
    print('  end')
g = gen()
print('created', type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(next(g, 'default'))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)))
for v in countdown(3):
    print('loop', v)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
print(iter(g) is g, hasattr(g, '__next__'))
