# functions: *args and **kwargs collection and unpacking at call sites
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, 2), collect(a=1), collect(1, b=2, c=3))
def add3(a, b, c):
    return a + b + c
nums = [1, 2, 3]
print(add3(*nums), add3(*'xyz'), add3(1, *[2, 3]), add3(*[1], *(2,), 3))
opts = {'b': 20, 'c': 30}
print(add3(10, **opts), add3(**{'a': 1, 'b': 2, 'c': 3}))
def show(first, *rest, sep='-', **extra):
    return sep.join(str(x) for x in (first,) + rest) + str(sorted(extra.items()))
print(show(1, 2, 3), show('a', sep='+', z=1, y=2))
def passthrough(*a, **k):
    return collect(*a, **k)
print(passthrough(1, 2, x=3))
print(max(*[4, 9, 2]), print(*['a', 'b'], sep='|'))
args = (1,)
kwargs = {'c': 3}
print(add3(*args, 2, **kwargs))
def count_args(*args):
    return len(args)
print(count_args(*range(100)), count_args(*{'k1': 1, 'k2': 2}))
