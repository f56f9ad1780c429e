# tier2: builtins shadowed by module globals mid-loop and then deleted again, in this module and
# in an imported one; traces guarding on builtins/globals dict versions must notice
def size(x):
    return len(x)
def mag(x):
    return abs(x)
words = ['a', 'bb', 'ccc', 'dddd']
checksum = 0
marks = []
for i in range(600):
    r = size(words[i % 4]) + mag(-i)
    checksum = (checksum * 31 + r) % 1000003
    if i == 200:
        len = lambda x: 100
    if i == 300:
        abs = lambda x: -x
    if i == 400:
        del len
    if i == 500:
        del abs
    if i in (199, 200, 201, 299, 300, 301, 399, 400, 401, 499, 500, 501):
        marks.append((i, r))
print(checksum)
print(marks)

# a module function using builtins; the builtin is shadowed in that module's globals from
# outside (module attribute assignment), then the shadow is deleted
import _tier2_mod as m
out = []
for i in range(600):
    if i == 250:
        m.len = lambda x: 'shadowed'
    if i == 350:
        del m.len
    out.append(m.measure([i] * (i % 4)))
print(out[248:253], out[348:353], out[-1], hasattr(m, 'len'))

# shadowing one builtin by another builtin mid-loop, and a global shadow inside a callee
def biggest(*xs):
    return max(*xs)
res = []
for i in range(400):
    if i == 100:
        max = min
    if i == 200:
        max = lambda *a: 'global'
    if i == 300:
        del max
    res.append(biggest(i, 3, 5))
print(res[99], res[100], res[199], res[200], res[299], res[300], res[-1])
print(len('abc'), abs(-4), max(1, 2))
