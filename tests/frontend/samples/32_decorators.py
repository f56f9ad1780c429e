@dec
def f(): pass
@dec()
def g(): pass
@a.b.c
def h(): pass
@a.b(1, x=2)
@other
def i(): pass
@x[0]
def j(): pass
@(lambda f: f)
def k(): pass
@a.b[c](d).e
class C: pass
@dec  # comment
def l(): pass
@f(
    1,
    2,
)
def m(): pass
@ spaced . name
def n(): pass
@x := y
def o(): pass
