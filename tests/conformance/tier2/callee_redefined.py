# tier2: a function called (and possibly inlined) in a hot trace is redefined mid-loop -- by def,
# by assigning a lambda, by changing its __defaults__, and by rebinding a method's function
def transform(x):
    return x + 1
def apply(x):
    return transform(x) * 2
res = 0
log = []
for i in range(600):
    res = apply(i) + res % 10007
    if i == 200:
        def transform(x):
            return x - 1
    if i == 350:
        transform = lambda x: x * x
    if i == 500:
        transform = abs
    if i in (200, 201, 350, 351, 500, 501):
        log.append((i, res))
print(res, log)

def with_default(x, k=2):
    return x * k
w = 0
for i in range(600):
    w += with_default(i)
    if i == 300:
        with_default.__defaults__ = (-1,)
print(w)

# a function redefined from inside the function that calls it
def worker(i):
    global worker
    if i == 250:
        def worker(i):
            return -i
    return i
t = 0
for i in range(600):
    t += worker(i)
print(t)

# a callee replaced by a callable instance and then by a class
class Mul:
    def __call__(self, x):
        return x * 3
def helper(x):
    return x
types = []
z = 0
for i in range(600):
    v = helper(i)
    z += v if isinstance(v, int) else len(str(type(v).__name__))
    if i == 300:
        helper = Mul()
    if i == 450:
        helper = str
    tn = type(v).__name__
    if not types or types[-1] != tn:
        types.append(tn)
print(z, types)
