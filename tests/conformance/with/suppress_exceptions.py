# with: __exit__ returning True suppresses; returning False propagates
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print('  suppressed', et.__name__, ev)
            self.caught = ev
            return True
        return False
with Suppress(ZeroDivisionError) as s:
    print('before')
    1 / 0
    print('never')
print('after', type(s.caught).__name__)
try:
    with Suppress(KeyError):
        int('nope')
except ValueError as e:
    print('propagated', type(e).__name__, e)
with Suppress(LookupError):
    [][3]
with Suppress(LookupError):
    {}['k']
print('still running')
class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return 1
with Truthy():
    raise RuntimeError('also suppressed by truthy non-bool')
print('done')
