# caches: attribute loads specialized on the instance dict while the class gains (and loses) a
# data descriptor; base-class attributes and methods changed or shadowed under subclasses
class Rec:
    def __init__(self, v):
        self.v = v

def read_v(o):
    return o.v

r = Rec('inst')
out = []
for i in range(120):
    if i == 40:
        Rec.v = property(lambda self: 'prop')
    if i == 80:
        del Rec.v
    out.append(read_v(r))
print(out[39:41], out[79:81], r.__dict__)

class Base:
    color = 'red'
    def who(self):
        return 'base'
class Mid(Base):
    pass
class Leaf(Mid):
    pass
objs = [Base(), Mid(), Leaf()]
def probe(o):
    return o.color, o.who()
seen = []
for i in range(150):
    if i == 30:
        Base.color = 'blue'
    if i == 60:
        Mid.color = 'green'
    if i == 90:
        Base.who = lambda self: 'base2'
    if i == 120:
        Mid.who = lambda self: 'mid'
        del Mid.color
    seen.append(probe(objs[i % 3]))
print(seen[27:33], seen[57:63], seen[87:93], seen[117:123])

class Init:
    def __init__(self, v):
        self.v = ('base', v)
class KInit(Init):
    pass
def make(c, i):
    return c(i).v
made = []
for i in range(120):
    if i == 30:
        Init.__init__ = lambda self, v: setattr(self, 'v', ('base2', v))
    if i == 60:
        KInit.__init__ = lambda self, v: setattr(self, 'v', ('k', v))
    if i == 90:
        del KInit.__init__
    made.append(make(KInit, i))
print(made[29:31], made[59:61], made[89:91])
