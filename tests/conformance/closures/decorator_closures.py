# closures: plain decorators built from closures, stacking, call counting
def trace(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f'  {fn.__name__}{args} -> {result}')
        return result
    return wrapper
def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper
@trace
def add(a, b):
    return a + b
@counted
@trace
def mul(a, b):
    return a * b
add(2, 3)
mul(4, 5)
mul(6, 7)
print(mul.calls, add.__name__, mul.__name__)
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(80), len(slow_fib.cache))
