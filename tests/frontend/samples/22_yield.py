def g():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield 2
    z = yield from other()
    w = (yield)
    v = (yield 1)
    yield *a, b
    await_ = yield
    yield; yield
    x += yield
    print((yield))
    lambda: (yield)
