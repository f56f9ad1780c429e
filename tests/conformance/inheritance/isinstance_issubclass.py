# inheritance: isinstance/issubclass with tuples, builtins, and exception hierarchy
class Animal: pass
class Dog(Animal): pass
class Puppy(Dog): pass
class Cat(Animal): pass
p = Puppy()
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat), isinstance(p, object))
print(isinstance(p, (Cat, Dog)), isinstance(3, (str, float)), isinstance(3, (str, (int,))))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Cat, (Dog, Animal)))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), isinstance(1.0, int))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(ValueError, Exception))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print(isinstance([], list), isinstance({}, dict), isinstance(None, type(None)), isinstance(int, type), isinstance(Dog, type))
print(type(p) is Dog, type(p) == Puppy, type(type(p)).__name__)
try:
    isinstance(p, p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(p, Dog)
except TypeError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in Puppy.__mro__], Puppy.__base__.__name__)
