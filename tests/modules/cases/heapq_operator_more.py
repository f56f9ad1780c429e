# heapq and operator edge cases
import heapq, operator
from operator import itemgetter, attrgetter, methodcaller
import random
random.seed(3)
h = []
for x in [random.randint(0, 50) for _ in range(40)]:
    heapq.heappush(h, x)
print(h)
print(heapq.heappushpop(h, 100), heapq.heappushpop(h, -1), heapq.heapreplace(h, 7), h[:10])
data = [random.random() for _ in range(30)]
heapq.heapify(data)
print([round(x, 4) for x in data[:8]])
print(heapq.nsmallest(4, [(1, 'b'), (1, 'a'), (0, 'z'), (2, 'q')]), heapq.nlargest(2, 'hello'), heapq.nsmallest(0, [1]), heapq.nlargest(1, []))
print(heapq.nsmallest(3, ['aa', 'b', 'ccc', 'dd'], key=len), heapq.nlargest(3, ['aa', 'b', 'ccc', 'dd'], key=len))
print(list(heapq.merge([1, 3, 5], [2, 4], [], [0, 6])), list(heapq.merge('ace', 'bd', key=str.upper)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
for bad in [lambda: heapq.heappush((), 1), lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1, 'a'], 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(operator.add(1, 2), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.not_(0), operator.truth([]), operator.eq(1, 1.0), operator.lt('a', 'b'), operator.contains([1, 2], 2))
print(operator.getitem({'k': 1}, 'k'), operator.index(7), operator.is_(None, None), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3))
l = [1, 2, 3]
operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.iadd([1], [2]))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('a')({'a': 5}), repr(itemgetter(1, 'x')), repr(attrgetter('a.b')))
class O:
    pass
o = O(); o.a = O(); o.a.b = 42; o.c = 'name'
print(attrgetter('a.b')(o), attrgetter('c', 'a.b')(o), methodcaller('upper')('abc'), methodcaller('split', ',', 1)('a,b,c'), repr(methodcaller('f', 1, k=2)))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0)), sorted(['bb', 'a'], key=len), operator.abs(-3), operator.inv(5))
try:
    itemgetter(5)([1])
except IndexError as e:
    print('IndexError', e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print('TypeError', e)
