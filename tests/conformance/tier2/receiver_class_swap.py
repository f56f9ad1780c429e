# tier2: the receiver of a hot method call / attribute load switches class mid-loop -- the object
# is rebuilt as an instance of another class with the same instance dict (object.__new__ plus a
# dict copy), so traces specialised on the old class's type version must exit
# (this stands in for `obj.__class__ = Other`, which the VM does not implement yet)
def recast(obj, cls):
    new = object.__new__(cls)
    new.__dict__.update(obj.__dict__)
    return new
class Cat:
    sound = 'meow'
    def speak(self):
        return 'cat:' + self.name
class Dog:
    sound = 'woof'
    def speak(self):
        return 'dog:' + self.name
pet = Cat()
pet.name = 'rex'
heard = []
counts = {}
for i in range(600):
    s = pet.speak()
    counts[s] = counts.get(s, 0) + 1
    if i == 300:
        pet = recast(pet, Dog)
    if i == 450:
        pet = recast(pet, Cat)
        pet.name = 'tom'
    if i in (299, 300, 301, 449, 450, 451):
        heard.append((i, s, pet.sound))
print(counts)
print(heard)

# class switched every 50 iterations between three classes with different arithmetic
class A:
    def f(self, x):
        return x + self.k
class B:
    def f(self, x):
        return x * 2 + self.k
class C:
    def f(self, x):
        return x - 3 * self.k
classes = [A, B, C]
o = A()
o.k = 1
v = 1
trace = []
for i in range(600):
    if i % 50 == 0:
        o = recast(o, classes[(i // 50) % 3])
        o.k += 1
    v = o.f(v) % 100003
    if i % 97 == 0:
        trace.append(v)
print(v, trace)
print(type(o).__name__, isinstance(o, C), o.k)
