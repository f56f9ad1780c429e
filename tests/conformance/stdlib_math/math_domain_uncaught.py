# stdlib_math: uncaught math domain error from a helper function
import math
def stddev(xs):
    mean = sum(xs) / len(xs)
    var = sum((x - mean) ** 2 for x in xs) / len(xs)
    return math.sqrt(var)
def bad_root(x):
    return math.sqrt(x)
print(round(stddev([2, 4, 4, 4, 5, 5, 7, 9]), 6))
print(bad_root(2.25))
print(bad_root(-2.25))
