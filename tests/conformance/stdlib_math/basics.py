# stdlib_math: sqrt, floor, ceil, pi, e, fabs, gcd, hypot, inf, nan
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan, math.tau)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(10 ** 20))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.fabs(2.5), math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(2 ** 100, 6 ** 40))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0), math.isfinite(math.inf))
print(math.trunc(-3.7), math.trunc(3.7), math.copysign(3, -0.0), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.floor(1e20), math.ceil(-0.5), math.isqrt(99), math.isqrt(10 ** 30))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
