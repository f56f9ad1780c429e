# builtins: ord, chr, hex, oct, bin, repr, ascii, format
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('€'), ord('\n'))
print(chr(65), chr(97) + chr(98), repr(chr(0)), chr(8364), [chr(c) for c in range(120, 123)])
print(hex(0), hex(255), hex(-1), hex(2 ** 64), oct(0), oct(64), oct(-9), bin(0), bin(10), bin(-10), bin(2 ** 40))
print(repr(1), repr('s'), repr("it's"), repr('"'), repr([1, 'a']), repr((1,)), repr({'a': None}), repr(2.0))
print(ascii('abc'), ascii('ü'), ascii(['€']))
print(format(255, 'x'), format(3.14159, '.2f'), format('txt', '^7'), format(1e6, ',.0f'), format(42), format(-5, '+d'))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
print(int(hex(12345), 16), int(bin(77), 2), int(oct(8), 8))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord('')
except TypeError as e:
    print(type(e).__name__, e)
