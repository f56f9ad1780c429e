a = r'\n\t\d+'
b = R"\w+\s*"
c = r'''raw
triple \n'''
d = r'\''
e = rb'\x00'
f = Rb"\\"
g = bR'\n'
h = BR'x'
i = r'\N{BULLET}'
