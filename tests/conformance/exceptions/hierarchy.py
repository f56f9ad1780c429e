# exceptions: builtin exception hierarchy and catching by base class
def trigger(kind):
    if kind == 'key':
        {}['k']
    elif kind == 'index':
        [][0]
    elif kind == 'zero':
        1 // 0
    elif kind == 'type':
        None + 1
    elif kind == 'value':
        int('x')
    elif kind == 'attr':
        None.nope
    elif kind == 'name':
        undefined_thing
    elif kind == 'overflow':
        2.0 ** 5000
for kind in ['key', 'index', 'zero', 'type', 'value', 'attr', 'name', 'overflow']:
    try:
        trigger(kind)
    except LookupError as e:
        print(kind, 'LookupError', type(e).__name__, [c.__name__ for c in type(e).__mro__])
    except ArithmeticError as e:
        print(kind, 'ArithmeticError', type(e).__name__, [c.__name__ for c in type(e).__mro__])
    except Exception as e:
        print(kind, 'Exception', type(e).__name__, [c.__name__ for c in type(e).__mro__])
print([c.__name__ for c in UnboundLocalError.__mro__])
print([c.__name__ for c in StopIteration.__mro__], [c.__name__ for c in KeyboardInterrupt.__mro__])
print([c.__name__ for c in RecursionError.__mro__], [c.__name__ for c in NotImplementedError.__mro__])
