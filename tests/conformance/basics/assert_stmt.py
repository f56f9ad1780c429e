# basics: assert with and without message; uncaught AssertionError exits 1
def check(n):
    assert n >= 0, f'negative: {n}'
    return n * 2
print(check(3))
try:
    check(-4)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
assert True, 'never'
assert [1], 'nonempty list is truthy'
x = 0
def side():
    global x
    x += 1
    return 'msg'
assert True, side()
print('message evaluated?', x)
print('about to fail')
assert x > 5, ('tuple', 'message')
print('unreachable')
