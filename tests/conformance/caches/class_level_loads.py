# caches: loads and method calls on class objects (not instances) specialized, then the class
# attribute is deleted (falling back to a base), rebound to a classmethod / staticmethod /
# property / plain function, and the receiver switches between related classes
class Base:
    tag = 'base-tag'
    def m(self):
        return 'Base.m'
class K(Base):
    tag = 'k-tag'
    def m(self):
        return 'K.m'
    @classmethod
    def make(cls):
        return 'made-' + cls.__name__
class K2(K):
    pass

def load_tag(c):
    return c.tag

def call_m(c, inst):
    return c.m(inst)

def call_make(c):
    try:
        return c.make()
    except TypeError as e:
        return 'TypeError:' + str(e)

tags, ms, makes = [], [], []
k = K()
for i in range(150):
    if i == 30:
        del K.tag
    if i == 60:
        K.m = lambda self: 'K.m2'
    if i == 90:
        K.make = staticmethod(lambda: 'static-make')
    if i == 120:
        K.make = lambda cls: 'plain-make'
        K.tag = property(lambda self: 'prop')
    cls = K if i % 3 else K2
    t = load_tag(cls)
    tags.append(t if isinstance(t, str) else type(t).__name__)
    ms.append(call_m(cls, k))
    makes.append(call_make(cls))
print(tags[28:32], tags[118:122])
print(ms[58:62])
print(makes[0:3], makes[88:92], makes[118:122])
print(type(load_tag(K)).__name__, load_tag(K2()), load_tag(k), K2().make())
del K.m
print(call_m(K2, k), k.m())
