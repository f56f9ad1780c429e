# tier2: a call site that was monomorphic for hundreds of iterations sees a subclass instance
# (overriding the method, or not), then mixes of several types
class Shape:
    def area(self):
        return 1
    def name(self):
        return 'shape'
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class TinySquare(Square):
    def name(self):
        return 'tiny'
class Odd(Square):
    def area(self):
        return super().area() + 1
items = [Square(i % 7) for i in range(600)]
items[300] = TinySquare(3)
items[400] = Odd(4)
for k in range(450, 600, 3):
    items[k] = Shape()
total = 0
names = {}
for i in range(600):
    it = items[i]
    total += it.area()
    n = it.name()
    names[n] = names.get(n, 0) + 1
print(total, names)

# int subclass appearing among ints in an arithmetic loop
class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 1000)
vals = list(range(600))
vals[250] = MyInt(250)
s = 0
types_seen = []
for i in range(600):
    s = vals[i] + s
    t = type(s).__name__
    if not types_seen or types_seen[-1][1] != t:
        types_seen.append((i, t))
print(s, types_seen)

# list subclass appearing in a len()/index/iteration loop over lists
class Tracked(list):
    def __len__(self):
        return 1000
rows = [[i, i + 1] for i in range(600)]
rows[444] = Tracked([7, 8])
tl = 0
for r in rows:
    tl += len(r) + r[0] + sum(r)
print(tl, type(rows[444]).__name__, len(rows[444]), list(rows[444]))
