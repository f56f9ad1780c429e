a = 1; b = 2; c = 3
d = 4;
if a: b = 1; c = 2
x = 1 + \
    2 + \
    3
y = (1 +
     2)
def f(a,
      b): return a; pass
if a and \
   b:
    pass
