# dunders: __eq__/__lt__/__le__ and reflected comparisons, sorting custom objects
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __repr__(self):
        return 'Ver(' + '.'.join(map(str, self.parts)) + ')'
    def __eq__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)
vs = [Ver('1.10'), Ver('1.2'), Ver('1.2.1'), Ver('0.9')]
print(sorted(vs), max(vs), min(vs))
print(Ver('1.0') == Ver('1.0'), Ver('1.0') != Ver('1.1'), Ver('1.0') == '1.0')
print(Ver('2.0') > Ver('1.0'), Ver('2.0') >= Ver('2.0'), Ver('1') < Ver('1.0'))
print(len({Ver('1.0'), Ver('1.0'), Ver('2')}), Ver('3') in [Ver('3')])
class NoOrder:
    pass
try:
    NoOrder() < NoOrder()
except TypeError as e:
    print(type(e).__name__, e)
x = NoOrder()
print(x == x, x != x, NoOrder() == NoOrder())
class Loud:
    def __eq__(self, o):
        print('  Loud.__eq__ called')
        return True
print(1 == Loud(), Loud() == 1, [Loud()] == [2])
