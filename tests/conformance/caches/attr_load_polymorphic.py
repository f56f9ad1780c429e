# caches: one attribute-load site sees many different classes (polymorphic/megamorphic)
class A:
    def name(self):
        return 'A'
class B:
    def name(self):
        return 'B'
class C(A):
    pass
class D:
    name = staticmethod(lambda: 'D')
class E:
    def __init__(self):
        self.name = lambda: 'E-inst'
class F:
    @property
    def name(self):
        return lambda: 'F-prop'
objs = [A(), B(), C(), D(), E(), F()]
counts = {}
for i in range(3000):
    n = objs[i % len(objs)].name()
    counts[n] = counts.get(n, 0) + 1
print(counts)
class G:
    val = 1
g_objs = [G() for _ in range(5)]
g_objs[2].val = 'own'
print([o.val for o in g_objs])
G.val = 2
print([o.val for o in g_objs])
