# stdlib_functools: lru_cache (unbounded and maxsize), cache_info, cache_clear, recursion
from functools import lru_cache
calls = 0
@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), calls)
print(fib(50), calls)
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print('  computing', x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    print(sq(v))
print(sq.cache_info())
@lru_cache(maxsize=128)
def combine(a, b=0):
    print('  combine', a, b)
    return a + b
combine(1, 2)
combine(1, 2)
combine(1, b=2)
print(combine.cache_info().hits, combine.cache_info().misses)
try:
    sq([1])
except TypeError as e:
    print(type(e).__name__, e)
