def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            i = received
        i += 1
    return i
def delegate():
    result = yield from counter(3)
    yield result
gen = (i * i for i in range(10) if i % 2)
total = sum(x for x in gen)
