class Upper(str):
    def shout(self):
        return self.upper() + '!'
u = Upper('hey')
print(u.shout(), u + ' you', len(u), u == 'hey', type(u.upper()).__name__, type(u).__name__, repr(u), str(u), u[1], list(u), hash(u) == hash('hey'))
print(f'{u:>5}|', '%s' % u, 'x' + u, {u: 1}['hey'], u * 2, u.split('e'), 'e' in u, sorted([Upper('b'), 'a']))
print(str(b'abc', 'utf-8'), str(b'\xc3\xa9', encoding='utf-8'), str(), str(5), str('x'), str([1]))
for bad in [lambda: str('x', 'utf-8'), lambda: str(1, 'utf-8'), lambda: str(1, 2, 3, 4)]:
    try:
        bad()
    except TypeError as e:
        print(e)
