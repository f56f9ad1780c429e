# modules: importing a missing module raises ModuleNotFoundError (uncaught at the end)
try:
    import _helper_nonexistent_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, isinstance(e, ImportError))
try:
    import _helper_also_missing as alias
except ImportError as e:
    print(type(e).__name__, e)
import _helper_mod
print(_helper_mod.square(3))
import _helper_missing_for_real
print('never')
