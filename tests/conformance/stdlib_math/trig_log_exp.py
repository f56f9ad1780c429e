# stdlib_math: sin, cos, tan, atan2, log (with base), log10, log2, exp, pow, degrees/radians
import math
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.sin(1), math.cos(1), math.tan(0.5))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0), math.atan(1))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(10))
print(math.log10(1000), math.log2(1024), math.log2(3), math.log(2 ** 1000))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10))
print(math.pow(2, 10), math.pow(2, 0.5), math.degrees(math.pi), math.radians(180))
print(math.asin(1), math.acos(0), math.sinh(1), math.cosh(0))
for bad in [lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
