# modules: caught and uncaught exceptions raised inside an imported module (qualified name)
from _helper_errors import checked_div, chain, HelperError
import _helper_errors
print(checked_div(10, 4), chain(9, 3))
try:
    chain(1, 0)
except HelperError as e:
    print(type(e).__name__, e, type(e).__module__)
print(HelperError is _helper_errors.HelperError)
chain(5, 0)
