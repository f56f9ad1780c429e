# modules: `from _helper_mod import f` binds names; rebinding in module is not seen by copies
from _helper_mod import square, bump, counter, Greeter as G
from _helper_mod import PI_ISH
print(square(9), PI_ISH, G('bo').greet())
print(bump(), bump(), counter)
import _helper_mod
print(_helper_mod.counter, _helper_mod.square is square)
try:
    from _helper_mod import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name if hasattr(e, 'name') else '')
