def f():
    raise
    raise ValueError
    raise ValueError('x')
    raise ValueError from None
    raise E() from exc
assert x
assert x, 'message'
assert (x, y)
assert isinstance(a, int), f'bad {a}'
