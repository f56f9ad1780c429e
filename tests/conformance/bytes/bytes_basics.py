# bytes: literals, indexing gives ints, slicing, repr, concatenation, comparison
b = b'hello'
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1])
print(list(b), bytes([104, 105]), bytes(3), b'a' + b'bc', b'ab' * 3)
print(b'\x00\xff\n\t\\', b"it's", b'\x41', bytes(range(60, 70)))
print(b == b'hello', b < b'help', b'a' in b'cat', 104 in b, b.startswith(b'he'))
print(b.decode(), 'hé'.encode(), 'hé'.encode().decode('utf-8'), type(b).__name__)
for byte in b'AZ':
    print(byte, chr(byte))
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b + 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
print(b == 'hello', hash(b'x') == hash(b'x'))
