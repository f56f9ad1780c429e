class MyError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code


def risky(x):
    if x < 0:
        raise MyError('negative', code=-x)
    elif x == 0:
        raise ValueError from None
    return x


for v in (-1, 0, 1):
    try:
        risky(v)
    except MyError as e:
        print('my', e.code)
    except (ValueError, TypeError):
        print('value')
    else:
        print('ok')
    finally:
        pass

try:
    try:
        raise KeyError('k')
    except KeyError as inner:
        raise RuntimeError('wrapped') from inner
except RuntimeError as outer:
    print(outer.__cause__)
