# inheritance: super() in __init__ and methods, cooperative multiple inheritance with kwargs
class Shape:
    def __init__(self, name, **kw):
        self.name = name
        print('  Shape.__init__', name, sorted(kw))
    def describe(self):
        return f'{self.name}'
class Colored(Shape):
    def __init__(self, color='red', **kw):
        self.color = color
        print('  Colored.__init__', color)
        super().__init__(**kw)
    def describe(self):
        return f'{self.color} ' + super().describe()
class Bordered(Shape):
    def __init__(self, border=1, **kw):
        self.border = border
        print('  Bordered.__init__', border)
        super().__init__(**kw)
    def describe(self):
        return super().describe() + f' with border {self.border}'
class Fancy(Colored, Bordered):
    def __init__(self, **kw):
        print('  Fancy.__init__')
        super().__init__(**kw)
f = Fancy(name='box', color='blue', border=3)
print(f.describe())
print([c.__name__ for c in Fancy.__mro__])
class Parent:
    def greet(self):
        return 'hello from Parent'
class Kid(Parent):
    def greet(self):
        return super(Kid, self).greet().upper() + ' / ' + Parent.greet(self)
print(Kid().greet())
