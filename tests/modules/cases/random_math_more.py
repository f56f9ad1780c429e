# random and math: more exact sequences and error messages
import random, math
random.seed(99)
print(random.random(), random.getrandbits(1), random.getrandbits(33), random.getrandbits(0), random.randrange(0, 100, 7), random.randrange(50, 0, -3))
print(random.choice(range(1000)), random.sample(range(10000), 3), random.sample('abcdefgh', 8))
print(random.sample(['x', 'y'], k=5, counts=[2, 3]), random.choices('abc', cum_weights=[1, 1, 10], k=5))
print([round(random.gauss(0, 1), 12) for _ in range(3)], round(random.normalvariate(5, 2), 12), round(random.expovariate(0.5), 12))
print(round(random.triangular(0, 10, 2), 12), round(random.lognormvariate(0, 1), 12), round(random.uniform(-1, 1), 12), random.uniform(3, 3))
print(round(random.paretovariate(2.0), 12), round(random.weibullvariate(1.0, 2.0), 12), random.randbytes(6))
r = random.Random('hello')
print(r.random(), random.Random(b'bytes').random(), random.Random(3.5).random(), random.Random(-7).random() == random.Random(7).random())
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)], st[0], len(st[1]), st[2])
xs = list(range(20)); random.shuffle(xs); print(xs)
for bad in [lambda: random.randrange(10, 10), lambda: random.randint(3, 'x'), lambda: random.seed([1]), lambda: random.getrandbits(-1),
            lambda: random.sample({1, 2}, 1), lambda: random.choices([1, 2], [1]), lambda: random.choices([1], weights=[0])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(random.Random(), random.Random), type(random.random()).__name__)
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([0.1] * 10 + [-1.0]), math.fsum([]), math.fsum([1e308, -1e308, 5]))
print(math.hypot(1e200, 1e200), math.hypot(3e-320, 4e-320), math.hypot(*range(10)), math.dist([1, 2, 3], [4, 5, 6]), math.hypot(-0.0), math.hypot(1.5))
print(math.log(10 ** 400), math.log(10 ** 400, 10), math.log2(2 ** 2000), math.log10(10 ** 300), math.log1p(1e-20), math.expm1(1e-10))
print(math.floor(-1e300) == -10 ** 300 // 1, math.ceil(2.0000000000000004), math.trunc(-0.0), math.floor(True), math.ceil(7))
print(math.comb(100, 50), math.perm(10), math.perm(10, 3), math.comb(5, 9), math.factorial(0), math.isqrt(2 ** 200 + 1), math.gcd(0, 0), math.lcm(3, 0, 5))
print(math.frexp(1e-310), math.frexp(-3.5), math.ldexp(1.0, -1074), math.ldexp(1.5, 1023), math.modf(-0.0), math.copysign(1, float('nan')))
print(math.remainder(7, 2), math.remainder(-7, 2), math.remainder(5, math.inf), math.fmod(5.5, -2), math.fmod(-0.0, 1), math.ulp(1.0), math.nextafter(1, 2))
print(math.sin(1e22), math.cos(1e22), math.tan(1e22), math.tan(1.5707963267948966), math.atan2(-0.0, -1), math.atan2(math.inf, -math.inf))
print(math.acos(-1), math.asin(-0.5), math.atan(-math.inf), math.sinh(-0.0), math.tanh(-20), math.cbrt(-27), math.exp2(0.5))
print(math.pow(-2, 3), math.pow(-8, 1/3) if False else 0, math.pow(0, 0), math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(2, -1074))
print(math.degrees(math.pi / 3), math.radians(90), math.isclose(1e-300, 0, abs_tol=1e-300), math.isfinite(-math.inf), math.prod([1.5, 2], start=2))
for bad in [lambda: math.sqrt(-0.5), lambda: math.log(-5), lambda: math.log(5, 1), lambda: math.acos(1.5), lambda: math.exp(1e5),
            lambda: math.ldexp(2.0, 10000), lambda: math.pow(-1, 0.5), lambda: math.pow(0, -1.0), lambda: math.fmod(math.inf, 1),
            lambda: math.comb(-1, 1), lambda: math.factorial(2.0), lambda: math.gcd(1.0), lambda: math.isqrt(-4),
            lambda: math.dist([1], [1, 2]), lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]),
            lambda: math.sqrt('x'), lambda: math.floor(math.nan), lambda: math.ceil(math.inf), lambda: math.trunc('a'),
            lambda: math.cosh(1000), lambda: math.atanh(1), lambda: math.log(0.0), lambda: math.prod()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
