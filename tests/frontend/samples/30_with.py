with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a, b:
    pass
with open(f) as self.fh:
    pass
with a as (b, c):
    pass
with a as b[0]:
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (a):
    pass
with (a as b,):
    pass
with (
    open(x) as f,
    open(y) as g,
):
    pass
with a() as b, \
     c() as d:
    pass
with (yield_ for yield_ in x):
    pass
