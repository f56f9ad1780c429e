# inheritance: subclassing builtins (list, dict, int, str, Exception)
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [5], type(s + [5]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        return f'<{key}>'
d = DefaultDict(a=1)
print(d['a'], d['zz'], d, 'zz' in d)
class Meters(int):
    def __repr__(self):
        return f'{int(self)}m'
m = Meters(5)
print(m, repr(m), m + 3, type(m + 3).__name__, m * 2, m == 5, isinstance(m, int))
class Upper(str):
    def shout(self):
        return self.upper() + '!'
u = Upper('hey')
print(u.shout(), u + ' you', len(u), u == 'hey', type(u.upper()).__name__)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f'[{code}] {msg}')
        self.code = code
try:
    raise AppError(404, 'not found')
except Exception as e:
    print(type(e).__name__, e, e.code, e.args)
