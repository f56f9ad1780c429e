# exceptions: raise ... from ..., __cause__, __context__, from None
class ConfigError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f'bad number {s!r}') from e
try:
    parse('abc')
except ConfigError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
def implicit():
    try:
        {}['x']
    except KeyError:
        raise RuntimeError('while handling')
try:
    implicit()
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__cause__)
def hidden():
    try:
        [][1]
    except IndexError:
        raise ValueError('clean') from None
try:
    hidden()
except ValueError as e:
    print(type(e).__name__, e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
print('now uncaught chained:')
parse('12x')
