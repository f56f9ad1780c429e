# generators: send(), return values, StopIteration.value, priming errors
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count
a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print('returned', e.value)
def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received
e = echo()
try:
    e.send('too early')
except TypeError as err:
    print(type(err).__name__, err)
print(next(e), e.send('a'), e.send('b'))
try:
    e.send('c')
except StopIteration as s:
    print(s.value)
def gen_return():
    yield 1
    return 'done'
print(list(gen_return()))
