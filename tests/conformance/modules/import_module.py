# modules: `import _helper_mod` runs module code once; attribute access and module state
import _helper_mod
import _helper_mod
print(_helper_mod.square(7), _helper_mod.PI_ISH, _helper_mod.__name__)
print(_helper_mod.bump(), _helper_mod.bump(), _helper_mod.counter)
g = _helper_mod.Greeter('ann')
print(g.greet(), type(g).__name__)
_helper_mod.PI_ISH = 3
print(_helper_mod.PI_ISH, type(_helper_mod).__name__)
print(hasattr(_helper_mod, 'square'), hasattr(_helper_mod, 'nope'), _helper_mod._private())
print(__name__)
