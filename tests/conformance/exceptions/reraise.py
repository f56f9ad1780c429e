# exceptions: bare raise re-raises, raise e, exception variable cleared after except
def risky(n):
    if n < 0:
        raise ValueError(f'negative {n}')
    return n
def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print('  logging and re-raising')
        raise
try:
    wrapper(-1)
except ValueError as e:
    print('outer got', e)
try:
    try:
        raise KeyError('first')
    except KeyError as e:
        err = e
    raise err
except KeyError as e2:
    print(type(e2).__name__, e2, e2 is err)
try:
    raise TypeError('x')
except TypeError as e:
    pass
try:
    e
except NameError as ne:
    print(type(ne).__name__, ne)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def multi(v):
    try:
        return [1][v]
    except (IndexError, TypeError) as e:
        return type(e).__name__
print(multi(0), multi(5), multi('a'))
print('final re-raise goes uncaught:')
wrapper(-7)
