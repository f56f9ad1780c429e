# bytes: common methods and bytearray mutation
b = b'  Hello, World  '
print(b.strip(), b.lower(), b.upper(), b.split(b','), b.replace(b'l', b'L'))
print(b.find(b'World'), b.count(b'l'), b.strip().endswith(b'World'), b.index(b'H'))
print(b'-'.join([b'a', b'b', b'c']), b'a,b'.split(b','), b'abc'.hex(), bytes.fromhex('6869 21'))
print(b'abc'.isalpha(), b'123'.isdigit(), b'AbC'.swapcase(), b'x'.center(5, b'*'))
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
ba.extend(b'ef')
ba += b'!'
print(ba, len(ba), bytes(ba), ba[1:3], ba.pop(), ba)
del ba[0]
print(ba, ba.decode(), bytearray(2), bytearray([1, 2]) == b'\x01\x02')
print(int.from_bytes(b'\x12\x34', 'big'), (0x1234).to_bytes(2, 'little'))
print(sorted(b'dcba'), max(b'az'), sum(b'\x01\x02\x03'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
