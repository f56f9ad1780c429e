def f():
    pass
def g(a, b):
    return a + b
def h(a, b=1, *args, c, d=2, **kwargs):
    return
def i(a, /, b, *, c):
    pass
def j(a, b, /):
    pass
def k(a=1, /, b=2):
    pass
def l(*, a):
    pass
def m(a: int, b: 'str' = 'x', *c: tuple, d: float, **e: dict) -> None:
    pass
def n(
    a,
    b,
):
    pass
def o(): return 1
def p(x):
    def q(y):
        return x + y
    return q
def r(a, /):
    pass
def s(a, /, *, b): pass
