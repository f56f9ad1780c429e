# functions: functions as values, attributes, returning functions, recursion, docstrings
def apply_twice(f, x):
    return f(f(x))
def double(x):
    """Double a value."""
    return x * 2
print(apply_twice(double, 3), apply_twice(str.upper, 'hi'), double.__doc__, double.__name__)
table = [double, abs, str, len]
print([fn(-4) if fn is not len else fn('four') for fn in table])
double.calls = 0
double.calls += 1
print(double.calls, callable(double), callable(3))
def make_multiplier(n):
    def mul(x):
        return x * n
    mul.__name__ = f'times{n}'
    return mul
t3 = make_multiplier(3)
print(t3(5), t3.__name__, make_multiplier(2)(make_multiplier(5)(1)))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def no_return():
    x = 1
print(no_return(), type(no_return).__name__)
alias = fib
del fib
try:
    alias(5)
except NameError as e:
    print(type(e).__name__, e)
