# classes: bound methods capture self, unbound function access, method equality
class Acc:
    def __init__(self, name):
        self.name = name
        self.items = []
    def add(self, x):
        self.items.append(x)
        return len(self.items)
a = Acc('a')
b = Acc('b')
add_a = a.add
print(add_a(1), add_a(2), a.items, b.items)
print(add_a.__self__ is a, add_a.__func__ is Acc.add, add_a.__name__)
print(a.add == a.add, a.add == b.add, a.add is a.add)
print(list(map(b.add, [7, 8, 9])), b.items)
f = Acc.add
print(f(b, 10), type(f).__name__, type(add_a).__name__)
a.add = lambda x: 'shadowed'
print(a.add(5), Acc.add(a, 5), a.items)
del a.add
print(a.add(6))
class Greeter:
    def hello(self):
        return 'hi from ' + type(self).__name__
meth = Greeter().hello
del Greeter
print(meth())
