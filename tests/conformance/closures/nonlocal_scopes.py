# closures: LEGB resolution, nonlocal vs global, unbound nonlocal errors
x = 'global'
def outer():
    x = 'enclosing'
    def local_only():
        x = 'local'
        return x
    def reads_enclosing():
        return x
    def writes_enclosing():
        nonlocal x
        x = 'rewritten'
    def writes_global():
        global x
        x = 'global rewritten'
    r = [local_only(), reads_enclosing()]
    writes_enclosing()
    r.append(x)
    writes_global()
    r.append(x)
    return r
print(outer(), x)
def broken():
    y = 1
    def inner():
        y += 1
        return y
    return inner()
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def deferred():
    def get():
        return z
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    z = 5
    return get()
print(deferred())
print(len.__name__, (lambda: x)())
