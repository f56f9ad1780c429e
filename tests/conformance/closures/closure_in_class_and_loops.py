# closures: closures over loop state, comprehension variables, and class bodies
def make_adders():
    return {n: (lambda x, n=n: x + n) for n in range(3)}
adders = make_adders()
print([adders[k](100) for k in adders])
class K:
    y = 5
    def method(self):
        return y_global
y_global = 'module-level'
print(K().method(), K.y)
class C:
    a = 1
    b = a + 1
    try:
        lst = [a for _ in range(2)]
    except NameError as e:
        err = type(e).__name__ + ' ' + str(e)
print(C.b, C.err)
def gen_closures():
    out = []
    for i in range(3):
        def f(i=i):
            return i * i
        out.append(f)
    return out
print([f() for f in gen_closures()])
def outer():
    data = []
    def push(x):
        data.append(x)
    def snapshot():
        return list(data)
    return push, snapshot
push, snap = outer()
push(1); push(2)
print(snap())
