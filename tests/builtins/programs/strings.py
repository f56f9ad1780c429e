print('{0}{1}{0}'.format('a', 'b'), '{x.real}'.format(x=3.5), '{0[1][0]}'.format([0, 'xy']), '{:^{}}|'.format('a', 5))
print('{!s:>5}|{!r:<6}|{!a}'.format(1, 'é', 'ü'), '{0:{1}{2}}'.format(3.14159, '.', '3'), '{{{0}}}'.format(7))
print('{a}{b}'.format_map({'a': 1, 'b': 2}), '{:,}'.format(10**9), '{:#x}'.format(255), '{:%}'.format(0.5))
class M(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{x} {y}'.format_map(M(x=1)), '%(a)s-%(b)s' % M(a=1))
print('%s|%5s|%-5s|%.1s' % ('ab', 'cd', 'ef', 'gh'), '%d %5d %-5d| %05d %+d %x %X %o %#o %#x' % (1, 2, 3, 4, 5, 255, 255, 8, 8, 255))
print('%e %.3e %E %f %.2f %F %g %G %10.3g|' % (1.5, 12345.6789, 1e-5, 3.25, 2.675, 1.0, 1e-7, 1e20, 3.14159))
print('%c%c%c' % (65, 'b', 0x263a), '%r %a' % ('é', 'é'), '%%', '%s' % (1,), '%s %s' % (1, 2), '%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, 3.14159))
print('%(n)d %(n)x %(s)r' % {'n': 255, 's': 'q'}, '%s' % [1, 2], '%s' % {'a': 1}, '%i' % 3.99, '%d' % -3.5)
class I:
    def __index__(self): return 42
print('%d %x %c' % (I(), I(), I()), '%s' % I.__name__)
for bad in ["'%d' % 'x'", "'%d' % []", "'%s %s' % (1,)", "'%s' % (1, 2)", "'%(x)s' % {}", "'%(x' % {}", "'%y' % 1", "'%c' % -1", "'%c' % 'ab'", "'%*d' % ('a', 1)"]:
    try:
        exec('r = ' + bad) if False else None
    except Exception as e:
        print(e)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: '%d' % 'x'); t(lambda: '%d' % []); t(lambda: '%s %s' % (1,)); t(lambda: '%s' % (1, 2)); t(lambda: '%(x)s' % {})
t(lambda: '%(x' % {}); t(lambda: '%y' % 1); t(lambda: '%c' % -1); t(lambda: '%c' % 'ab'); t(lambda: '%*d' % ('a', 1))
t(lambda: '%.2f' % 'x'); t(lambda: '%s' % ()); t(lambda: '' % ()); t(lambda: '' % []); t(lambda: 'a' % {'x': 1}); t(lambda: '%s' % None)
t(lambda: '%5.2s|' % 'abc'); t(lambda: '% d' % 5); t(lambda: '%#.3g' % 1.0); t(lambda: '%08.3f' % -3.14159); t(lambda: '%-08d|' % 5)
t(lambda: 'a b  c'.split(' ')); t(lambda: 'a\tb\nc d'.split()); t(lambda: '1,2,,3,'.split(',')); t(lambda: 'a,b,c'.rsplit(',', 1))
t(lambda: '  x  y  '.rsplit()); t(lambda: 'abc'.rsplit('c')); t(lambda: 'a\r\nb\rc\n\nd'.splitlines()); t(lambda: 'a\r\nb\rc\n'.splitlines(keepends=True))
t(lambda: ''.splitlines()); t(lambda: '\n'.splitlines()); t(lambda: 'x'.join(['a'])); t(lambda: ', '.join(map(str, range(3))))
t(lambda: 'hello world'.title()); t(lambda: "they're bill's".title()); t(lambda: 'hELLO'.swapcase()); t(lambda: 'ABC'.casefold())
t(lambda: '  a  '.center(9, '-')); t(lambda: 'ab'.center(9, '-')); t(lambda: 'ab'.ljust(1)); t(lambda: '-3'.zfill(5)); t(lambda: '+-3'.zfill(6))
t(lambda: 'aaa'.replace('a', 'bb', 2)); t(lambda: 'abc'.replace('', '.')); t(lambda: ''.replace('', 'x')); t(lambda: 'abab'.replace('ab', ''))
t(lambda: 'abc'.find('c', -1)); t(lambda: 'abcabc'.rfind('abc', 0, 5)); t(lambda: 'abc'.rindex('b')); t(lambda: 'aaaa'.count('aa')); t(lambda: 'abc'.count('x'))
t(lambda: 'abc'.startswith(('x', 'ab'))); t(lambda: 'abc'.endswith(('x',))); t(lambda: 'abc'.startswith('b', 1, 2)); t(lambda: 'abc'.endswith('b', 0, 2))
t(lambda: 'a.b.c'.partition('.')); t(lambda: 'a.b.c'.rpartition('.')); t(lambda: 'abc'.rpartition('x')); t(lambda: 'x'.partition('xx'))
t(lambda: '\t\tx'.expandtabs()); t(lambda: 'ab\tc'.expandtabs(2)); t(lambda: 'a\tb'.expandtabs(0)); t(lambda: 'abc'.removeprefix('ab')); t(lambda: 'abc'.removesuffix('bc'))
t(lambda: str.maketrans('abc', 'xyz')); t(lambda: 'abcabc'.translate(str.maketrans('ab', 'AB', 'c'))); t(lambda: 'hi'.translate({104: 'HH'}))
t(lambda: ['Hello'.isalpha(), '12'.isdecimal(), 'Ab1'.isalnum(), '  '.isspace(), ''.isspace(), 'a_1'.isidentifier(), 'class'.isidentifier()])
t(lambda: 'ﬁ'.upper()); t(lambda: 'ß'.upper()); t(lambda: 'İ'.lower()); t(lambda: 'ΑΣ ΣΑ'.lower()); t(lambda: 'ǉ'.title()); t(lambda: 'éa'.capitalize())
t(lambda: 'héllo'.encode()); t(lambda: 'héllo'.encode('latin-1')); t(lambda: b'h\xc3\xa9'.decode()); t(lambda: b'h\xe9'.decode('latin-1'))
t(lambda: 'é😀'.encode('utf-16')); t(lambda: 'é😀'.encode('utf-16-be')); t(lambda: 'é😀'.encode('utf-32')); t(lambda: 'é😀'.encode('utf-16').decode('utf-16'))
t(lambda: b'\xff\xfe\xe9\x00'.decode('utf-16')); t(lambda: b'\x00\xe9'.decode('utf-16-be')); t(lambda: b'a'.decode('utf-16-le')); t(lambda: b'\x00\xd8'.decode('utf-16-le'))
t(lambda: 'abc'[::-1]); t(lambda: 'a😀b'[1]); t(lambda: 'a😀b'[-1:]); t(lambda: len('a😀b')); t(lambda: 'a😀b'.find('b')); t(lambda: '😀'.center(5, '*'))
t(lambda: 'a' < 'b'); t(lambda: 'a'.__lt__(1)); t(lambda: 'abc'.__getitem__(slice(1, None))); t(lambda: 'x'.__mod__(())); t(lambda: str.__len__('abc'))
t(lambda: 'a' 'b' * 3); t(lambda: 3 * 'ab'); t(lambda: 'ab' * True); t(lambda: 'ab'.__rmul__(2)); t(lambda: 'abc'.__contains__('bc'))
t(lambda: 'x = {x!r:>8}'.format(x='hi')); t(lambda: '{0:>{1}}'.format('a', 4)); t(lambda: '{:{}{}}'.format(1, '>', 5)); t(lambda: '{}'.format(None))
t(lambda: '{0} {0!r}'.format(b'x')); t(lambda: '{:.3}'.format('abcdef')); t(lambda: '{:c}'.format(65)); t(lambda: '{!r}'.format([1, 'a']))
