# tier2: class attributes and methods monkey-patched mid-loop; traces guard on the class's type
# version, so each change must send execution back out of the old trace
class Counter:
    step = 1
    def advance(self, n):
        return n + self.step
def advance_twice(self, n):
    return n + 2 * self.step
c = Counter()
n = 0
log = []
for i in range(600):
    n = c.advance(n)
    if i == 100:
        Counter.step = 3
    if i == 300:
        Counter.advance = advance_twice
    if i == 400:
        del Counter.step
        Counter.step = -1
    if i == 500:
        Counter.advance = lambda self, n: n * 1
    if i % 100 in (0, 1):
        log.append((i, n))
print(n)
print(log)

# a base-class method patched while a subclass instance is the receiver
class Base:
    def val(self):
        return 10
class Derived(Base):
    pass
d = Derived()
s = 0
for i in range(600):
    s += d.val()
    if i == 299:
        Base.val = lambda self: 1
    if i == 449:
        Derived.val = lambda self: 100
print(s)

# class attribute replaced by a property mid-loop
class Temp:
    deg = 20
t = Temp()
readings = []
for i in range(400):
    readings.append(t.deg)
    if i == 199:
        Temp.deg = property(lambda self: -5)
print(readings[198:202], sum(readings))
