# strings: find/rfind/index/rindex/count/startswith/endswith/in
s = 'hello world, hello python'
print(s.find('hello'), s.find('hello', 1), s.rfind('hello'), s.find('xyz'), s.find(''))
print(s.index('world'), s.rindex('o'), s.find('o', 5, 10), s.count('o'), s.count('l', 0, 5))
print(s.count(''), 'aaa'.count('aa'), s.startswith('hello'), s.startswith('world', 6))
print(s.endswith('python'), s.endswith(('java', 'python')), s.startswith(('x', 'he')))
print('world' in s, 'World' in s, '' in s, 'py' not in s)
print(s.find('o', -6), s[s.find(',') + 2:])
try:
    s.index('missing')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('q')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(['hello'])
except TypeError as e:
    print(type(e).__name__, e)
