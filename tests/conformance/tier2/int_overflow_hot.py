# tier2: integer results crossing 2**31, 2**53 and 2**63 inside hot add/mul/shift loops, in both
# signs; a trace specialised for small ints must keep exact arbitrary-precision results
x = 2**31 - 300
crossed = []
for i in range(600):
    x += 1
    if x in (2**31 - 1, 2**31, 2**31 + 1):
        crossed.append((i, x))
print(x, crossed)

y = -(2**31) + 250
for i in range(600):
    y -= 1
print(y, y < -(2**31))

# multiply until past 2**63 and well beyond, then keep going
p = 1
marks = []
for i in range(1, 400):
    p = p * 3 + i
    if p.bit_length() in (31, 32, 53, 54, 63, 64, 65) and (not marks or marks[-1][1] != p.bit_length()):
        marks.append((i, p.bit_length()))
print(marks)
print(p % 1000000007, p.bit_length())

# accumulate near 2**63 so the sum straddles it on alternating iterations
base = 2**63 - 500
acc = 0
flips = 0
for i in range(600):
    v = base + i
    if (v >= 2**63) != (v - 1 >= 2**63):
        flips += 1
    acc += v
print(acc, flips, acc // 600 - base)

# shifts and bitwise ops growing past 64 bits
h = 0
for i in range(500):
    h = ((h << 5) ^ (h >> 3) ^ i) & ((1 << 100) - 1)
print(h, hex(h)[-12:])

# factorial-ish product with negative factor and floor division / modulo of big values
q = 1
for i in range(1, 60):
    q *= -i
print(q, q // 7**20, q % 7**20, -q % 1000)
