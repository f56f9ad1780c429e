# tier2: strings built in hot loops -- += concatenation, join, f-strings, slicing, methods,
# str * int, and a running checksum over the characters
s = ''
for i in range(600):
    s += str(i % 10)
print(len(s), s[:20], s[-10:])

parts = []
for i in range(600):
    parts.append(f'{i:03d}' if i % 2 else f'<{i:x}>')
joined = ','.join(parts)
print(len(joined), joined[:40], joined[-30:])

h = 0
for ch in joined:
    h = (h * 131 + ord(ch)) % 1000000007
print(h)

# string methods in the loop; the result type (str vs list) varies by branch
words = 'alpha beta gamma delta epsilon'.split()
out = []
for i in range(500):
    w = words[i % 5]
    if i % 3 == 0:
        r = w.upper()
    elif i % 3 == 1:
        r = w[::-1].replace('a', '4')
    else:
        r = w.center(9, '*')
    if i % 50 == 0:
        out.append(r)
print(out)

# building a string with % formatting, repetition and slicing
line = ''
for i in range(300):
    line = ('%d|' % i) + line[:30]
    line = line * (1 + (i % 2)) if len(line) < 20 else line
print(line)

# char counting and comparisons between built strings
a = ''.join(chr(97 + i % 26) for i in range(600))
b = ''
for i in range(600):
    b = b + chr(97 + i % 26)
print(a == b, a < b + 'a', a.count('abc'), a.find('xyz'), b.rfind('za'))
