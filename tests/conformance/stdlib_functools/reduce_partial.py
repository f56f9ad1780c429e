# stdlib_functools: reduce with/without initializer, partial with args and keywords
from functools import reduce, partial
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a + b, ['x', 'y', 'z']))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]), reduce(operator.add, [], 'init'))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
two_to = partial(power, 2)
print(square(9), cube_mod(4), two_to(10), two_to(exp=5))
print(square.func is power, square.args, square.keywords, two_to.args)
int2 = partial(int, base=2)
print(int2('1011'), int2('11', base=10))
pp = partial(partial(print, 'a'), 'b', sep='-')
pp('c')
