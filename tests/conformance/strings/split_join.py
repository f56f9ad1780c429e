# strings: split/rsplit/splitlines/join/partition
s = '  the quick  brown fox  '
print(s.split())
print(s.split(' '))
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1))
print('a::b::c'.split('::'), ''.split(), ''.split(','), 'abc'.split('x'))
print('one\ntwo\r\nthree\n'.splitlines(), 'x\ny\n'.splitlines(True))
print('-'.join(['a', 'b', 'c']), ''.join(['x', 'y']), ', '.join(str(i) for i in range(4)))
print('-'.join('abc'), '|'.join([]), repr(' '.join(['solo'])))
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='), 'nokey'.partition('='))
print('  a b c  '.split(None, 1), 'a b c'.rsplit(None, 1))
try:
    ','.join(['a', 1, 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
words = 'to be or not to be'.split()
print(len(words), words.count('be'), ' '.join(reversed(words)))
