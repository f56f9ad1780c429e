# exceptions: custom exception classes with args, attributes, __str__, hierarchy
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what, where='db'):
        super().__init__(what, where)
        self.what = what
        self.where = where
    def __str__(self):
        return f'{self.what} not found in {self.where}'
class Invalid(AppError):
    pass
for exc in [NotFound('user'), NotFound('key', 'cache'), Invalid('bad', 42), AppError(), Invalid('single')]:
    try:
        raise exc
    except NotFound as e:
        print('NotFound:', e, e.args, e.what)
    except AppError as e:
        print(type(e).__name__ + ':', str(e), repr(e), e.args)
e = ValueError('a', 2)
print(str(e), repr(e), e.args, str(ValueError()), repr(KeyError('k')), str(KeyError('k')))
print(repr(Exception('msg')), str(Exception(1, 2)))
try:
    raise Invalid
except AppError as e:
    print(type(e).__name__, repr(e), isinstance(e, Exception))
class WithData(Exception):
    def __init__(self, data):
        self.data = data
try:
    raise WithData({'k': 1})
except WithData as e:
    print(e.data, e.args, str(e))
