# modules: a helper that imports another helper shares the same module object/state
import _helper_uses_other
import _helper_mod
print(_helper_uses_other.sum_of_squares(5))
print(_helper_uses_other.count_twice(), _helper_mod.counter)
print(_helper_uses_other._helper_mod is _helper_mod)
print(_helper_mod.bump())
print(_helper_uses_other.square is _helper_mod.square)
_helper_mod.square = lambda x: -x
print(_helper_uses_other.sum_of_squares(3), _helper_uses_other.square(3))
