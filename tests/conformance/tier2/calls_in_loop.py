# tier2: calls to Python functions from hot loops -- plain, methods, defaults and keywords,
# *args/**kwargs, closures, lambdas, bound methods stored in variables, nested calls
def add(a, b):
    return a + b
def scaled(x, factor=3, offset=0):
    return x * factor + offset
def varargs(*args, **kw):
    return sum(args) + sum(kw.values())
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, v):
        self.total += v
        return self
    @staticmethod
    def st(v):
        return v + 1
    @classmethod
    def cm(cls, v):
        return len(cls.__name__) + v
def make_adder(n):
    def inner(x):
        return x + n
    return inner
add5 = make_adder(5)
sq = lambda v: v * v
a = Acc()
push = a.add
r = 0
for i in range(600):
    r = add(r, i) % 1000003
    r += scaled(i) + scaled(i, 2) + scaled(i, offset=1) + scaled(x=i, factor=-1, offset=2)
    r += varargs(i, 1, 2, k=i, m=3)
    a.add(i)
    push(1)
    r += Acc.st(i) + Acc.cm(i) + a.st(1)
    r += add5(i) + sq(i % 10)
    r += add(sq(add5(1)), scaled(add(i, 1)))
print(r, a.total)

# calls through a list of heterogeneous callables
funcs = [add5, sq, abs, str, len, Acc.st, lambda x: -x, make_adder(-1)]
out = []
for i in range(600):
    f = funcs[i % len(funcs)]
    try:
        out.append(f(i))
    except TypeError:
        out.append('TE')
print(out[:16], len(out))

# function called with argument counts that change mid-loop
def flex(a, b=10, *rest):
    return a + b + len(rest)
z = 0
for i in range(600):
    if i < 200:
        z += flex(i)
    elif i < 400:
        z += flex(i, 1)
    else:
        z += flex(i, 1, 2, 3, 4)
print(z)
