# with: __enter__/__exit__ call order, as-binding, exit args on normal exit
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f'  enter {self.name}')
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f'  exit {self.name}', exc_type, exc, tb)
        return False
with CM('a') as v:
    print('  body', v)
with CM('b'):
    print('  body without as')
with CM('outer') as o, CM('inner') as i:
    print('  nested body', o, i)
with CM('x') as x:
    with CM('y') as y:
        print('  explicit nesting', x, y)
def early():
    with CM('ret'):
        return 'returned'
print(early())
for n in range(3):
    with CM(f'loop{n}'):
        if n == 1:
            continue
        if n == 2:
            break
        print('  loop body', n)
