# strings: strip/lstrip/rstrip with chars, replace with count, removeprefix/suffix
s = '\t  hello world \n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'))
print('www.example.com'.strip('cmowz.'))
print('aaaa'.replace('a', 'b'), 'aaaa'.replace('a', 'b', 2), 'aaaa'.replace('aa', 'c'))
print('abc'.replace('', '-'), 'hello'.replace('l', ''), 'hi'.replace('x', 'y'))
print('prefix_body'.removeprefix('prefix_'), 'body.py'.removesuffix('.py'), 'x'.removeprefix('y'))
print('tab\tsep'.expandtabs(4), repr('a\tb'.expandtabs()))
s2 = 'banana'
print(s2.replace('an', 'AN', 1), s2.replace('na', 'NA', -1), s2)
print(repr(''.strip()), repr('   '.strip()))
