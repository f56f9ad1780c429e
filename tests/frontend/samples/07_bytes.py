a = b'bytes'
b = B"\x00\xff\n"
c = b'\101\777'
d = b'\u1234\N{x}'
e = b''
f = b'a' b'b' b"c"
g = b'''triple
bytes'''
h = b'\q'
