def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: '%(a)s %s' % {'a': 1})
class G:
    def __getitem__(self, k): return k * 2
t(lambda: '%(ab)s' % G()); t(lambda: '%s' % G.__name__)
x = []; x.append({'k': x}); t(lambda: repr(x))
class Bad:
    def __repr__(self): raise ValueError('nope')
t(lambda: repr([1, Bad()])); t(lambda: repr([1, 2]))
t(lambda: repr({1: Bad()})); t(lambda: str({1: 2}))
t(lambda: (1024).to_bytes(2, 'big')); t(lambda: (-1).to_bytes(2, 'little', signed=True)); t(lambda: int.from_bytes(b'\xff\xff', 'little', signed=True))
t(lambda: (256).to_bytes(1, 'big')); t(lambda: (-1).to_bytes(1, 'big')); t(lambda: int.from_bytes([1, 2], 'big')); t(lambda: (1).to_bytes(1, 'middle'))
t(lambda: b'a b\tc'.split()); t(lambda: b'  x '.strip()); t(lambda: b'abc'.find(98)); t(lambda: b'abc'.count(b'')); t(lambda: b'x'.center(4))
t(lambda: b'%d' if False else b'ok'); t(lambda: b'\x00\x7f\x80'); t(lambda: repr(b"'\"")); t(lambda: b'abc'.hex('-', 2)); t(lambda: b'abcdef'.hex(':', -4))
t(lambda: bytes.fromhex('de ad be ef')); t(lambda: b'AbC'.title()); t(lambda: b'abc'.startswith((b'x', b'a'))); t(lambda: b'abc'.startswith('a'))
t(lambda: b'a,b'.partition(b',')); t(lambda: b'abc'.replace(b'', b'-')); t(lambda: b'a\nb\r\nc'.splitlines()); t(lambda: b'ab'.removeprefix(b'a'))
t(lambda: list(reversed({'a': 1, 'b': 2}.items()))); t(lambda: next(reversed([1, 2, 3]))); t(lambda: list(reversed((1, 2))))
t(lambda: {1: 2}.__getitem__(1)); t(lambda: dict.__getitem__({1: 2}, 3)); t(lambda: {}.__contains__([])); t(lambda: set().__contains__([]))
t(lambda: frozenset({1}) in {frozenset({1}): 'x'}); t(lambda: {1} in [{1}]); t(lambda: {frozenset({1})}.__contains__({1})); t(lambda: {1}.remove({1}))
