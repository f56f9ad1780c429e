# functions: lambda expressions, defaults in lambdas, immediate invocation, sort keys
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: 'nothing')(), (lambda *a: sum(a))(1, 2, 3))
print(sq.__name__, (lambda **k: sorted(k))(z=1, a=2))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print([ops[o](6, 3) for o in '+-*'])
fns = [lambda x, i=i: x + i for i in range(3)]
print([fn(10) for fn in fns])
late = [lambda x: x + i for i in range(3)]
print([fn(10) for fn in late])
pairs = [(1, 'b'), (2, 'a'), (0, 'c')]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: -p[0]))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4), list(map(lambda s: s[::-1], ['abc', 'de'])))
cond = lambda n: 'pos' if n > 0 else ('zero' if n == 0 else 'neg')
print([cond(n) for n in (-2, 0, 2)])
