# properties: properties are inherited and can be overridden; property() function form
class Base:
    def __init__(self):
        self._x = 1
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 10
    x = property(get_x, set_x, doc='the x value')
    @property
    def name(self):
        return 'base'
class Child(Base):
    @property
    def name(self):
        return 'child of ' + super().name
c = Child()
c.x = 4
print(c.x, c.name, Base().name, Base.x.__doc__)
class Shadow(Base):
    x = 'plain class attr'
print(Shadow().x)
class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = float(v)
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
