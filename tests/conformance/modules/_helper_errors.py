# helper module (not a test program): raises from inside a function defined here
class HelperError(Exception):
    pass
def checked_div(a, b):
    if b == 0:
        raise HelperError(f'cannot divide {a} by zero')
    return a / b
def chain(a, b):
    return checked_div(a, b) * 2
