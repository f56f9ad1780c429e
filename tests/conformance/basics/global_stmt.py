# basics: global statement, module-level state, UnboundLocalError
counter = 0
def bump():
    global counter
    counter += 1
    return counter
for _ in range(3):
    bump()
print(counter)
def make():
    global fresh
    fresh = 'created'
make()
print(fresh)
x = 'global'
def reader():
    return x
def shadow():
    x = 'local'
    return x
print(reader(), shadow(), x)
def broken():
    print(x)
    x = 1
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(isinstance(UnboundLocalError(), NameError))
def g():
    global counter
    del counter
g()
try:
    counter
except NameError as e:
    print(type(e).__name__, e)
