# functions: TypeError messages for bad calls (missing, extra, duplicate, unexpected)
def f(a, b, c=3):
    return a + b + c
def g(*, k):
    return k
five = 5
cases = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=5),
    lambda: g(1),
    lambda: g(),
    lambda: f(**{'a': 1, 'b': 2, 'x': 0}),
    lambda: len(),
    lambda: len([1], [2]),
    lambda: (lambda: 0)(1),
    lambda: five(),
    lambda: 'abc'.upper(1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
print(f(1, 2), f(b=1, a=2, c=0))
