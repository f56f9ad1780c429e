# classes: @staticmethod and @classmethod, alternative constructors, cls in subclasses
class Temp:
    scale = 'C'
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(deg):
        return deg > -273.15
    @classmethod
    def describe(cls):
        return f'{cls.__name__} in {cls.scale}'
class Kelvin(Temp):
    scale = 'K'
t = Temp.from_f(212)
k = Kelvin.from_f(32)
print(t.deg, type(t).__name__, k.deg, type(k).__name__)
print(Temp.valid(-300), t.valid(0), Kelvin.valid(5))
print(Temp.describe(), Kelvin.describe(), k.describe())
sm = Temp.__dict__['valid']
print(type(sm).__name__, type(Temp.__dict__['from_f']).__name__)
f = Temp.valid
print(f(10), callable(f))
class Counter:
    n = 0
    @classmethod
    def inc(cls):
        cls.n += 1
        return cls.n
class Sub(Counter):
    pass
print(Counter.inc(), Counter.inc(), Sub.inc(), Counter.n, Sub.n)
