a = 'a' 'b' "c"
b = ('first '
     'second '
     "third")
c = 'x' r'\y' u'z'
d = """doc""" 'tail'
e = ('' '')
f = u'u' 'v'
g = 'a' \
    'b'
