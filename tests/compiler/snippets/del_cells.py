# del of variables closures capture (no DELETE_DEREF: LOAD_DEREF; POP_TOP; PUSH_NULL; STORE_DEREF)
def f():
    x = 1
    def g():
        return x
    print(g())
    del x
    try:
        g()
    except NameError as e:
        print('NameError', e)
    try:
        del x
    except NameError as e:
        print('again', type(e).__name__, e)
    try:
        raise ValueError('v')
    except ValueError as err:
        h = lambda: err
    try:
        h()
    except NameError as e:
        print('cleared', e)
f()
