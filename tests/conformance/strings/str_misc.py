# strings: concatenation, comparison, iteration, str() of objects, immutability
a = 'abc'
b = a + 'def'
print(b, a < b, 'abd' > 'abc', 'B' < 'a', 'a' * 3 + '!')
print([c for c in 'hey'], list('xyz'), tuple('ab'))
print(str(123), str(-4.5), str([1, 'a']), str((1,)), str({'k': 'v'}), str(None))
print(repr(str(b'x')), str(), str('already'))
s = 'counting'
freq = {}
for ch in s:
    freq[ch] = freq.get(ch, 0) + 1
print(freq)
acc = ''
for i in range(5):
    acc += str(i)
print(acc, len(acc))
print('%s' % 'x', 'abc'.__len__(), 'abc'.__contains__('b'), 'ab'.__add__('cd'))
print('hello'.encode(), 'Hello World'.translate({ord('o'): '0', ord('l'): None}))
print(str.upper('mixed'), str.join('+', ['1', '2']), 'x'.join('123'))
print(hash('abc') == hash('ab' + 'c'), 'abc' == ''.join(['a', 'b', 'c']))
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + 'a'
except TypeError as e:
    print(type(e).__name__, e)
