# ints: int() parsing with bases, prefixes, underscores, whitespace, and errors
print(int('42'), int('-17'), int('  +8  '), int('0'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0), int('1010', 2), int('0b1010', 0))
print(int('z', 36), int('zz', 36), int('10', 36), int('1_000_000'))
print(int('12345678901234567890123456789'))
print(int(3.99), int(-3.99), int(True), int('0010'))
print(int('-0x1f', 16), int('  0B11  ', 0))
for bad in ['', 'abc', '1.5', '12a', '0x', '1__0', ' ']:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('9', 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('10', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int('010', 0)
except ValueError as e:
    print(type(e).__name__, e)
