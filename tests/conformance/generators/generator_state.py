# generators: independent state, generators as pipelines, infinite with islice-like loop
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(6, squares(evens(numbers())))))
g1 = numbers()
g2 = numbers()
print(next(g1), next(g1), next(g1), next(g2))
def running_max(xs):
    best = None
    for x in xs:
        if best is None or x > best:
            best = x
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
def gen_with_locals(k):
    items = []
    for i in range(k):
        items.append(i)
        yield tuple(items)
print(list(gen_with_locals(4)))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
