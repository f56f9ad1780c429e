# caches: one for-loop site (inside a function) specialized for range, then driven by lists,
# tuples, generators (one raising midway), dicts, strs, custom iterators, and mutated lists
def total(it):
    acc = []
    try:
        for x in it:
            acc.append(x)
    except ValueError as e:
        acc.append('ValueError:' + str(e))
    return acc

def gen(n):
    for i in range(n):
        yield i * i

def bad_gen(n):
    yield 1
    yield 2
    if n > 0:
        raise ValueError('boom')
    yield 3

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

makers = [lambda: range(3), lambda: range(5, -5, -4), lambda: [7, 8], lambda: (9,), lambda: gen(3),
          lambda: bad_gen(1), lambda: bad_gen(0), lambda: {'k': 1, 'j': 2}, lambda: 'ab',
          lambda: Countdown(3), lambda: iter([4, 5]), lambda: range(2 ** 40, 2 ** 40 + 2), lambda: [],
          lambda: range(2 ** 30 - 2, 2 ** 30 + 2), lambda: range(-2 ** 30 + 1, -2 ** 30 - 3, -1)]
seen = []
for i in range(len(makers) * 10):
    r = total(makers[i // 10]())
    if i % 10 == 9:
        seen.append(r)
for r in seen:
    print(r)

def grow_while_iterating(lst):
    n = 0
    for x in lst:
        n += 1
        if x < 3:
            lst.append(x + 10)
        if n > 20:
            break
    return n, lst

def shrink_while_iterating(lst):
    out = []
    for x in lst:
        out.append(x)
        if lst:
            lst.pop()
    return out

grown = []
shrunk = []
for i in range(60):
    grown.append(grow_while_iterating([0, 1, 2, 3, 4][: i % 6]))
    shrunk.append(shrink_while_iterating(list(range(i % 7))))
print(grown[:6])
print(shrunk[:7])
