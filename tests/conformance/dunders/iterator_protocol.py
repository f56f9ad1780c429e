# dunders: __iter__/__next__ custom iterators, iterator exhaustion, iter() on them
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
print([x * 2 for x in Countdown(4)], sum(Countdown(10)))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)
r = Range2(3)
print(list(r), list(r), max(r), sorted(r))
a, b, c = Range2(3)
print(a, b, c)
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
