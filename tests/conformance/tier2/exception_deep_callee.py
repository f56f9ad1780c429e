# tier2: exceptions raised several frames deep in callees of a hot loop, caught at varying depths;
# frames unwound out of a trace must leave the loop's state correct
class Stop(Exception):
    pass
def level3(i):
    if i % 13 == 0:
        raise Stop(i)
    if i % 17 == 0:
        return 1 // 0
    return i
def level2(i):
    try:
        return level3(i) + 1
    except ZeroDivisionError:
        return -1000
def level1(i):
    v = level2(i)
    return v * 2
def level0(i):
    return level1(i) - 1
total = 0
stops = []
for i in range(600):
    try:
        total += level0(i)
    except Stop as e:
        stops.append(e.args[0])
print(total, len(stops), stops[:5], stops[-1])

# exception raised from a method deep in a chain of methods; finally blocks run on the way up
log = []
class Chain:
    def __init__(self, n):
        self.n = n
    def a(self, i):
        try:
            return self.b(i)
        finally:
            log.append('a')
    def b(self, i):
        return self.c(i) + 1
    def c(self, i):
        if i == self.n:
            raise LookupError('at %d' % i)
        return i
ch = Chain(450)
s = 0
for i in range(600):
    try:
        s += ch.a(i)
    except LookupError as e:
        s = -s
        msg = str(e)
print(s, msg, len(log))

# recursion that raises at the bottom, caught in the loop on some iterations only
def dive(n, limit):
    if n == limit:
        raise ValueError(n)
    if n == 0:
        return 0
    return dive(n - 1, limit) + 1
caught = 0
acc = 0
for i in range(400):
    try:
        acc += dive(30, i % 40)
    except ValueError as e:
        caught += 1
        acc += e.args[0]
print(acc, caught)
