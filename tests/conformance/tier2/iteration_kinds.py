# tier2: hot for-loops over ranges with negative and odd steps, lists, tuples, dicts (keys, values,
# items), strings, enumerate, zip, reversed, and iterators advanced by hand inside the loop
s = 0
for i in range(600, 0, -1):
    s = s * 7 + i
    s %= 999983
print(s)
print(sum(range(1000, -1000, -7)), list(range(10, -10, -3)), len(range(-5, -600, -2)))
acc = 0
for i in range(-300, 300, 3):
    acc += i * i if i < 0 else -i
print(acc)

lst = [i * 3 % 17 for i in range(500)]
tup = tuple(lst)
print(sum(x for x in lst), max(tup), sum(tup[::-1][:10]))
c = 0
for x in tup:
    c = (c + x) * 3 % 1000003
print(c)

d = {}
for i in range(400):
    d['k%d' % (i % 37)] = d.get('k%d' % (i % 37), 0) + i
kv = 0
for k, v in d.items():
    kv += len(k) * v
for k in d:
    kv -= d[k] % 5
vs = 0
for v in d.values():
    vs ^= v
print(kv, vs, list(d)[:5])

text = 'the quick brown fox jumps over the lazy dog ' * 15
vowels = 0
codes = 0
for ch in text:
    if ch in 'aeiou':
        vowels += 1
    codes += ord(ch)
print(len(text), vowels, codes)

e = 0
for idx, ch in enumerate(text, start=5):
    if ch == 'o':
        e += idx
print(e)

z = 0
for a, b, ch in zip(range(1000), reversed(lst), text):
    z += a * b + (ch == ' ')
print(z)

# an iterator advanced by hand inside its own for loop
it = iter(range(600))
pairs = 0
for x in it:
    y = next(it, None)
    if y is None:
        break
    pairs += x * y
print(pairs)

# nested iteration over a list of tuples with unpacking
rows = [(i, i % 7, str(i)) for i in range(300)]
t = 0
for a, b, c in rows:
    for ch in c:
        t += a * b + int(ch)
print(t)
