# strings: indexing and slicing with negative indices and steps
s = 'abcdefghij'
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-5:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[1:8:3], s[::3], s[::-3], s[2::-1])
print(s[slice(2, 6)], s[slice(None, None, -4)])
word = 'racecar'
print(word == word[::-1], 'hello'[::-1])
try:
    print(s[10])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s[::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'z'
except TypeError as e:
    print(type(e).__name__, e)
print(len(s), len(''), s * 2, 3 * 'ab', 'ab' * 0, 'ab' * -1 == '')
