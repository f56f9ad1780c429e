# tier2: closures and lambdas in hot loops -- cells updated via nonlocal, closures created per
# iteration (late binding vs default-argument capture), and a closure's cell rebound mid-loop
def make_counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    def get():
        return n
    return inc, get
inc, get = make_counter()
t = 0
for i in range(600):
    t += inc(i % 4)
    if i == 300:
        inc(-10000)
print(t, get())

# late binding: all lambdas see the last value; default capture keeps each value
late = []
early = []
for i in range(300):
    late.append(lambda: i)
    early.append(lambda i=i: i)
print(sum(f() for f in late), sum(f() for f in early))

# a closure whose free variable is rebound in the enclosing function mid-loop
def outer():
    factor = 2
    def mul(x):
        return x * factor
    acc = 0
    for i in range(600):
        acc += mul(i)
        if i == 300:
            factor = -1
    return acc
print(outer())

# nested closures three levels deep, created fresh each iteration
def level(a):
    def mid(b):
        def inner(c):
            return a * 100 + b * 10 + c
        return inner
    return mid
s = 0
for i in range(600):
    s += level(i % 3)(i % 5)(i % 7)
print(s)

# lambdas stored in a dict and dispatched in a hot loop
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b % 10007}
v = 1
seq = '+*-*+'
for i in range(600):
    v = ops[seq[i % 5]](v, i + 1)
print(v)
