a = '\n\t\r\\\'\"\a\b\f\v'
b = '\x41\x7a\x00'
c = '\101\7\77\777'
d = '\u00e9\u2603'
e = '\U0001F600\U00000041'
f = '\N{BULLET} \N{EM DASH} \N{greek small letter alpha}'
g = 'line\
continuation'
h = '\q \d \w'
i = """multi\
line"""
j = '\0'
k = 'tab\there'
