# caches: int binary-op sites specialized with small positive operands, then given negative
# operands, zero divisors, and results crossing the VM's 31-bit small-int range
# [-2**30, 2**30 - 1]; float division by zero; str + switching to int +
def ops(a, b):
    r = [a + b, a - b, a * b, a & b, a | b, a ^ b]
    try:
        r.append(a % b)
        r.append(a // b)
    except ZeroDivisionError as e:
        r.append('ZeroDivisionError:' + str(e))
    return r

pairs = [(7, 3)] * 40 + [(-7, 3), (7, -3), (-7, -3), (0, 5), (5, 0), (-1, -1),
         (2 ** 30 - 1, 1), (-(2 ** 30), -1), (-(2 ** 30), 1), (2 ** 30 - 1, -1),
         (2 ** 29, 2), (-(2 ** 29), 2), (2 ** 30, -(2 ** 30)), (-(2 ** 30), 2 ** 30 - 1),
         (2 ** 40, 3), (-(2 ** 40), 7), (3, 2 ** 40), (-3, 2 ** 40), (True, 2), (7, False)]
out = [ops(a, b) for a, b in pairs]
print(out[0])
for r in out[40:]:
    print(r)

def acc_loop(start, step, n):
    x = start
    for _ in range(n):
        x = x + step
    return x
print([acc_loop(2 ** 30 - 60, 1, 100), acc_loop(-(2 ** 30) + 60, -1, 100), acc_loop(2 ** 30 + 40, -1, 100)])

def neg_mod(i):
    return (-i) % 7, (-i) // 7, i % -7, i // -7, -i & 0xF, -i | 3, -i ^ -1
nm = [neg_mod(i) for i in range(60)]
print(nm[0], nm[13], nm[59])

def fdiv(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return 'ZeroDivisionError:' + str(e)
fd = []
for i in range(80):
    b = 2.0 if i < 40 else [0.0, -0.0, 0.5, 4][i % 4]
    fd.append(fdiv(float(i), b))
print(fd[38:46], fdiv(1.5, 0), fdiv(1, 0), fdiv(2 ** 60, 2 ** 59), fdiv(-0.0, 1.0))

def add(a, b):
    try:
        return a + b
    except TypeError as e:
        return 'TypeError:' + str(e)
sa = []
for i in range(70):
    if i < 35:
        sa.append(add('s', str(i % 3)))
    else:
        sa.append(add([i % 2, 'x', 1.5, 2 ** 40, 'y'][i % 5], [1, 'z', 'w', -1, 2][i % 5]))
print(sa[33:45])
