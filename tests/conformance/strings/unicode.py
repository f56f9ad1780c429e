# strings: unicode characters, len by code point, ord/chr, escapes, encode
s = 'naïve café ☃ 日本語 😀'
print(s, len(s))
print([ord(c) for c in 'aé☃😀'], chr(233), chr(0x2603), chr(128512))
print(s.upper(), s[::-1])
print(repr('tab\there'), repr('quote\'s'), repr("dq\"s"), repr('both \' and "'), repr('\x00\x7f\u00e9'))
print('\u00e9' == 'é', '\N{SNOWMAN}', '\x41\x42', len('\U0001F600'))
print('日本'.encode('utf-8'), 'é'.encode('utf-8'), len('😀'.encode('utf-8')))
print(b'\xe6\x97\xa5'.decode('utf-8'), 'abc'.encode('ascii'))
print(sorted('cBaé'), 'é' > 'z', 'Z' < 'a', min('hello'), max('hello'))
print(ascii('naïve ☃'), repr('😀'))
print('é'.isalpha(), '日'.isalpha(), '٣'.isdigit(), 'Ω'.lower(), 'éa'.title())
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
