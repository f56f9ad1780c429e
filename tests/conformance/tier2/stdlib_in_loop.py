# tier2: stdlib calls inside hot loops: math, itertools, functools, collections; results folded
# into a checksum so a wrong trace shows up in the output
import math
import itertools
import functools
import collections
acc = 0.0
for i in range(1, 600):
    acc += math.sqrt(i) * math.sin(i) + math.floor(i / 7) - math.gcd(i, 360)
print(round(acc, 6))

cnt = collections.Counter()
dq = collections.deque(maxlen=10)
for i in range(600):
    cnt[i % 9] += 1
    dq.append(i * i % 41)
print(cnt.most_common(3), list(dq))

dd = collections.defaultdict(list)
for i, c in zip(range(600), itertools.cycle('xyz')):
    dd[c].append(i % 10)
print({k: sum(v) for k, v in dd.items()})

@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n < 2 else ways(n - 1) + ways(n - 2)
tot = 0
for i in range(600):
    tot += ways(i % 80)
print(tot % 1000000007, ways.cache_info().hits > 0)

red = 0
for i in range(300):
    red += functools.reduce(lambda a, b: a * b % 10007, range(1, 10 + i % 20), 1)
print(red)

chunks = 0
for a, b in itertools.product(range(25), repeat=2):
    chunks += a * b if a != b else -a
print(chunks)
acc2 = list(itertools.accumulate(range(600)))
print(acc2[-1], sum(itertools.islice(itertools.count(5, 3), 200)))
Point = collections.namedtuple('Point', 'x y')
pts = [Point(i, -i) for i in range(600)]
print(sum(p.x * 2 + p.y for p in pts), pts[-1])
