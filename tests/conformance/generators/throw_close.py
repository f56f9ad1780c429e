# generators: throw(), close(), GeneratorExit, finally inside generators
def worker():
    try:
        while True:
            try:
                x = yield
                print('  got', x)
            except ValueError as e:
                print('  handled ValueError', e)
    finally:
        print('  cleanup')
w = worker()
next(w)
w.send(1)
w.throw(ValueError('bad'))
w.send(2)
w.close()
print('closed')
try:
    w.send(3)
except StopIteration:
    print('StopIteration after close')
def no_handler():
    yield 1
    yield 2
g = no_handler()
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print(type(e).__name__, e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('  GeneratorExit seen')
        raise
s = stubborn()
next(s)
s.close()
print(list(no_handler()))
