# collections edge cases: deque API and errors, dict subclasses, namedtuple extras, ChainMap
from collections import deque, defaultdict, Counter, OrderedDict, ChainMap, namedtuple
d = deque(range(5), maxlen=8)
print(d, d.maxlen, repr(deque()), deque('ab', 0), len(deque('ab', 0)))
d.rotate(12); print(d)
d.rotate(-1); print(d)
d.insert(1, 'x'); d.insert(-1, 'y'); d.insert(100, 'z'); print(d)
try:
    d.insert(0, 'full')
except IndexError as e:
    print('IndexError', e)
del d[0]; d[0] = 'first'; print(d, d[-1], d.index('z'), d.count(3), 3 in d, 'q' in d)
for bad in [lambda: d.index('q'), lambda: d.remove('q'), lambda: d[10], lambda: d['a'], lambda: d[1:2], lambda: deque(maxlen=-1),
            lambda: deque([], 'x'), lambda: deque([1]) + [2]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
e = deque([1, 2, 3])
print(e == deque([1, 2, 3]), e != deque([1, 2]), e < deque([1, 3]), e >= deque([1, 2, 3]), e == [1, 2, 3], list(reversed(e)))
print(e * 2, 2 * e, deque([1, 2], maxlen=3) * 2, e + deque([4]), deque('ab', 3) + deque('cd'))
e += [4, 5]; e *= 1; print(e, e.copy(), bool(deque()), bool(e))
e.extendleft(e); print(e)
try:
    for x in e:
        e.append(x)
except RuntimeError as err:
    print('RuntimeError', err)
class MyDeque(deque):
    def total(self):
        return sum(self)
md = MyDeque([1, 2, 3], maxlen=5)
print(md, md.total(), type(md.copy()).__name__, isinstance(md, deque))
rec = deque([1]); rec.append(rec); print(rec)

dd = defaultdict(list, {'a': [1]}, b=[2])
dd['c'].append(3)
print(dd, dd.default_factory, dd.copy(), type(dd.copy()).__name__, repr(defaultdict()))
dd.default_factory = None
try:
    dd['zz']
except KeyError as err:
    print('KeyError', err)
print(dd.get('zz', 'dflt'), 'zz' in dd, sorted(dd), dd == {'a': [1], 'b': [2], 'c': [3]})
try:
    defaultdict(5)
except TypeError as err:
    print('TypeError', err)
class Missing(defaultdict):
    def __missing__(self, key):
        return key * 2
m = Missing(int); print(m['ab'], dict(m))

c = Counter('mississippi')
print(c, c.most_common(0), c.most_common(-1), c.total(), list(c.elements())[:5], c['nope'], len(c))
c.subtract('sss'); c.update(['m', 'm']); print(c, +c, -c)
c2 = Counter(a=-2, b=0, c=3)
print(+c2, -c2, c2 - Counter(c=5), Counter(a=1) | Counter(a=3, b=-1), Counter(a=5, b=2) & Counter(a=3, c=1))
x = Counter(a=1); x += Counter(a=2, b=-1); print(x)
x -= Counter(a=5); print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter('ab') >= Counter('a'))
print(Counter({'x': 1.5, 'y': 2}), Counter([3, 1, 2, 3]).most_common(1), del_check := Counter('aab'))
del del_check['a']; del del_check['zz']; print(del_check)
try:
    Counter.fromkeys('abc')
except NotImplementedError as err:
    print('NotImplementedError', err)
print(Counter(), repr(Counter(a=0)), Counter(dict(a=2), b=1), Counter(Counter(q=1)))

od = OrderedDict.fromkeys('abcde')
od.move_to_end('a'); od.move_to_end('e', last=False); print(od, list(od.keys()))
print(od.popitem(), od.popitem(last=False), od, repr(OrderedDict()))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1) != OrderedDict(a=2))
try:
    od.move_to_end('zz')
except KeyError as err:
    print('KeyError', err)
try:
    OrderedDict().popitem()
except KeyError as err:
    print('KeyError', err)
print(list(reversed(OrderedDict(a=1, b=2))), od.copy(), type(od.copy()).__name__, isinstance(od, dict))

P = namedtuple('P', 'x, y', defaults=[0])
p = P(1)
print(p, P(y=5, x=2), P._fields, P._field_defaults, p._asdict(), P.__doc__, type(P.x).__name__, p[-1], p[:1], p + (9,), p * 2)
print(P._make(range(2)), p._replace(y=7), p.__getnewargs__(), p.count(0), p.index(1), repr(P), P.__name__)
for bad in [lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P._make([1]), lambda: p._replace(z=1),
            lambda: namedtuple('Bad', 'a a'), lambda: namedtuple('Bad', '_a'), lambda: namedtuple('Bad', 'class'),
            lambda: namedtuple('1x', 'a'), lambda: namedtuple('T', 'a', defaults=[1, 2])]:
    try:
        bad()
    except Exception as err:
        print(type(err).__name__, err)
R = namedtuple('R', ['a', 'a', '_b', 'def'], rename=True)
print(R._fields, R(1, 2, 3, 4))
E = namedtuple('E', '')
print(E(), len(E()), E._fields)

base = {'a': 1}
cm = ChainMap({'b': 2}, base)
print(cm, len(cm), list(cm), cm['a'], cm.get('zz'), 'a' in cm, bool(ChainMap()), ChainMap())
print(cm.new_child(), cm.new_child({'q': 1}), cm.parents, cm.maps, dict(cm), sorted(cm.items()), sorted(cm.values()))
try:
    cm['missing']
except KeyError as err:
    print('KeyError', err)
try:
    del cm['a']
except KeyError as err:
    print('KeyError', err)
cm['z'] = 26; del cm['b']; print(cm, cm == {'a': 1, 'z': 26}, cm.copy(), cm.pop('z'), cm)
