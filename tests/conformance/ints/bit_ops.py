# ints: bitwise operators and shifts on small, big, and negative ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-1 & 0xFF, -1 >> 10, -256 >> 4, -1 << 5)
print(1 << 100, (1 << 100) >> 99, (1 << 100) - 1 & 0xFFFF)
big = (1 << 80) | 0x1234
print(big & 0xFFFF, big ^ (1 << 80), big | 1)
print(~(1 << 70), -(1 << 70) >> 3)
print((-(1 << 70)) & ((1 << 72) - 1))
print((5).bit_length(), (255).bit_length(), (0).bit_length(), (-8).bit_length(), (1 << 100).bit_length())
print(bin(0b1011 & -0b1011), hex(0xdead ^ 0xbeef))
x = 0
for i in range(0, 64, 7):
    x |= 1 << i
print(x, bin(x).count('1'))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
print(True << 3, 6 & True)
