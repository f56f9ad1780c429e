# classes: __init__, instance vs class attributes, methods, __dict__
class Dog:
    species = 'canis'
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def speak(self):
        return f'{self.name} says woof'
    def birthday(self):
        self.age += 1
        return self
d1 = Dog('Rex')
d2 = Dog('Fido', 5)
print(d1.speak(), d2.speak(), Dog.count, d1.count)
print(d1.birthday().birthday().age, d2.age)
print(d1.species, Dog.species, d1.__dict__, sorted(vars(d2)))
d1.species = 'override'
print(d1.species, d2.species, Dog.species)
Dog.species = 'lupus'
print(d1.species, d2.species)
print(type(d1).__name__, type(d1) is Dog, isinstance(d1, Dog), Dog.__name__)
print(Dog.speak(d2), getattr(d1, 'name'), hasattr(d1, 'tail'))
try:
    d1.tail
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog()
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__name__, vars(e))
