def a(): return
def b(): return None
def c(): return 1, 2
def d(): return (1, 2)
def e(): return [1]
def f(): return lambda: 1
def g(): return x if y else z
def h(): return not x
def i(): return (yield)
