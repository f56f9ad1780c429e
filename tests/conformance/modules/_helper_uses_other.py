# helper module (not a test program): imports another helper module
import _helper_mod
from _helper_mod import square
def sum_of_squares(n):
    return sum(square(i) for i in range(n))
def count_twice():
    _helper_mod.bump()
    return _helper_mod.bump()
