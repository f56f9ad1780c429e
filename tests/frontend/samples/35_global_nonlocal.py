x = 0
def f():
    global x, y
    x = 1
def g():
    a = 1
    def h():
        nonlocal a
        a = 2
    def i():
        nonlocal a, b
    b = 2
    return h
class C:
    global z
    z = 1
