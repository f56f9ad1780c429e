# functions: default arguments, evaluation time, mutable default pitfall
def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'
print(greet('Ann'), greet('Bo', 'Hi'), greet('Cy', punct='?'), greet(greeting='Yo', name='Di'))
x = 10
def show(v=x):
    return v
x = 20
print(show(), show(5))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
print(greet.__defaults__, append_to.__defaults__, greet.__name__)
def power(base, exp=2):
    return base ** exp
print([power(b) for b in range(4)], power(2, exp=10))
def f(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, kw)
print(f(1), f(1, 5, 6, 7, c=8, d=9))
