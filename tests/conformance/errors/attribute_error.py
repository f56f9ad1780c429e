# errors: AttributeError messages for instances, classes, modules and builtins
import math
class Thing:
    x = 1
for obj, attr in [(Thing(), 'y'), (Thing, 'z'), (5, 'foo'), ('s', 'push'), ([], 'add'), (None, 'value'), (math, 'tau2')]:
    try:
        getattr(obj, attr)
    except AttributeError as e:
        print(type(e).__name__, e)
print('uncaught:')
data = [3, 1, 2]
data.frobnicate()
