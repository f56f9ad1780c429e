# stdlib_collections: deque append/appendleft/pop/popleft/extend/rotate/maxlen
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft('ab')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, list(d), 7 in d, d.count(7), d.index(7))
d.remove('a')
d.reverse()
print(d)
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3), end=' ')
print(last3.maxlen)
last3.appendleft('L')
print(last3)
e = deque()
try:
    e.pop()
except IndexError as err:
    print(type(err).__name__, err)
try:
    e.popleft()
except IndexError as err:
    print(type(err).__name__, err)
print(deque('abc') == deque('abc'), deque(range(3)) + deque([9]), deque([1, 2]) * 2)
d2 = deque([1, 2, 3])
d2.clear()
print(d2, bool(d2))
