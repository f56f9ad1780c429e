# stdlib_math: isclose with tolerances, fsum, prod, modf, frexp
import math
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=1e-2), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-1, -1.0000000001))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.floor(-0.0), math.ceil(0.0000001), round(math.pi, 4), math.remainder(10, 3), math.fmod(-10, 3), -10 % 3)
print(math.lcm(4, 6), math.dist((0, 0), (3, 4)))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
