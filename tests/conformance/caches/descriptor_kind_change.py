# caches: attribute loads and stores specialized while a class attribute is a non-data descriptor
# (or a plain object); the attribute's type then gains __set__ (becoming a data descriptor that
# takes precedence over the instance dict) or __get__, and later loses it again
class Desc:
    def __get__(self, obj, typ):
        return 'desc-get'
class Holder:
    a = Desc()
h = Holder()
h.__dict__['a'] = 'from-dict'
def read_a(o):
    return o.a
ds = []
for i in range(90):
    if i == 30:
        Desc.__set__ = lambda self, obj, val: None
    if i == 60:
        del Desc.__set__
    ds.append(read_a(h))
print(ds[29:31], ds[59:61])

log = []
class Desc2:
    def __get__(self, obj, typ):
        return 'desc2-get'
class Holder2:
    b = Desc2()
def write_b(o, v):
    o.b = v
h2 = Holder2()
for i in range(90):
    if i == 30:
        Desc2.__set__ = lambda self, obj, val: log.append(val)
    if i == 60:
        del Desc2.__set__
    write_b(h2, i)
print(h2.__dict__, log[:2], log[-2:], len(log))

class Plain:
    pass
class C:
    x = Plain()
def kind_of_x(o):
    v = o.x
    return v if isinstance(v, str) else type(v).__name__
c = C()
ks = []
for i in range(90):
    if i == 30:
        Plain.__get__ = lambda self, obj, typ: 'plain-get'
    if i == 60:
        del Plain.__get__
    ks.append((kind_of_x(c), kind_of_x(C)))
print(ks[29:31], ks[59:61])
