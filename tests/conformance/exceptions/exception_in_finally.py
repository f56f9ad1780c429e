# exceptions: exception raised in finally replaces the original; context is kept
def f():
    try:
        raise ValueError('original')
    finally:
        raise KeyError('from finally')
try:
    f()
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
except ValueError:
    print('not reached')
def g():
    try:
        return 1
    finally:
        print('  g finally')
        1 / 0
try:
    g()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
def h():
    try:
        raise IndexError('in try')
    except IndexError:
        raise AttributeError('in except')
    finally:
        print('  h finally still runs')
try:
    h()
except AttributeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
print('uncaught from finally:')
def k():
    try:
        print('  k try')
    finally:
        raise RuntimeError('finally failure')
k()
