# stdlib_functools: wraps preserves __name__/__doc__/__wrapped__; stacked decorators
from functools import wraps
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print(f'  call {fn.__name__} args={args} kwargs={kwargs}')
        return fn(*args, **kwargs)
    return wrapper
def unwrapped(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper
@logged
def add(a, b=1):
    """Add two numbers."""
    return a + b
@unwrapped
def sub(a, b):
    """Subtract."""
    return a - b
print(add(2, b=5), add.__name__, add.__doc__, add.__wrapped__(10))
print(sub(5, 3), sub.__name__, sub.__doc__)
def repeat_twice(fn):
    @wraps(fn)
    def inner(*a):
        fn(*a)
        return fn(*a)
    return inner
@repeat_twice
@logged
def hello(name):
    return f'hi {name}'
print(hello('zed'), hello.__name__, hello.__wrapped__.__name__)
