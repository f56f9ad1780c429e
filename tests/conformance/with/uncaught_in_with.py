# with: exception not suppressed by __exit__ propagates uncaught after cleanup output
class Step:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('begin step', self.n)
        return self
    def __exit__(self, et, ev, tb):
        print('end step', self.n, 'error' if et else 'ok')
        return False
def work(n):
    with Step(n):
        if n == 2:
            raise LookupError(f'step {n} failed')
        print('working', n)
for i in range(4):
    work(i)
