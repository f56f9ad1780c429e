# exceptions: raising classes vs instances, non-exception raise errors, exception args
for thing in [ValueError, ValueError('inst'), KeyError, StopIteration(5)]:
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
try:
    raise 'string'
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise
except ValueError as e:
    print('re-raised', e)
def g():
    raise LookupError('deep')
try:
    g()
except Exception as e:
    print(type(e).__name__, e, isinstance(e, LookupError))
