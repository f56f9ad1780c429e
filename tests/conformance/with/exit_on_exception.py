# with: __exit__ receives exception info; exceptions in __enter__ skip __exit__
class Tracker:
    def __init__(self, tag, fail_enter=False):
        self.tag = tag
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError(f'cannot enter {self.tag}')
        print('  enter', self.tag)
        return self
    def __exit__(self, et, ev, tb):
        print('  exit', self.tag, et.__name__ if et else None, ev, tb is not None)
try:
    with Tracker('t1'):
        raise KeyError('k1')
except KeyError as e:
    print('caught', repr(e))
try:
    with Tracker('t2', fail_enter=True):
        print('never')
except RuntimeError as e:
    print('caught', e)
try:
    with Tracker('a'), Tracker('b', fail_enter=True):
        print('never')
except RuntimeError as e:
    print('caught', e)
class FailingExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise ValueError('exit failed')
try:
    with FailingExit():
        raise IndexError('body error')
except ValueError as e:
    print('caught', e, 'context:', type(e.__context__).__name__)
