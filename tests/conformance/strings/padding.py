# strings: center/ljust/rjust/zfill with widths and fill characters
for w in ['a', 'abc', 'abcdef']:
    print('[' + w.center(7) + ']', '[' + w.center(8, '*') + ']', '[' + w.ljust(5, '.') + ']', '[' + w.rjust(5) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(6), '12345'.zfill(3), ''.zfill(2))
print('x'.center(0), 'x'.ljust(-5), repr('ab'.center(5)), repr('ab'.center(6)), repr('abc'.center(6)))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
table = [('apple', 3), ('kiwi', 12), ('banana', 101)]
for name, qty in table:
    print(name.ljust(8) + str(qty).rjust(5) + '|')
