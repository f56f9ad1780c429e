# errors: nonlocal at module level is a compile-time SyntaxError
print('never printed')
def f():
    x = 1
    def g():
        nonlocal x
        x += 1
        return x
    return g()
print(f())
nonlocal total
