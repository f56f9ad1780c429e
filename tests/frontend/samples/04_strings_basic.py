a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = ''
f = ""
g = 'it\'s'
h = "say \"hi\""
i = '"' + "'"
j = u'unicode prefix'
k = U"upper U"
l = 'héllo wörld ✓ 😀'
m = """a "quoted" ''' string"""
