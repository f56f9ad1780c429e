# stdlib_collections: OrderedDict move_to_end/popitem, ChainMap lookups
from collections import OrderedDict, ChainMap
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
od.move_to_end('b')
print(od, list(od))
od.move_to_end('c', last=False)
print(list(od.items()), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
defaults = {'color': 'red', 'size': 'M'}
overrides = {'size': 'L'}
cm = ChainMap(overrides, defaults)
print(cm['color'], cm['size'], len(cm), sorted(cm), cm.get('weight', 'none'))
cm['weight'] = 5
print(overrides, defaults)
child = cm.new_child({'color': 'blue'})
print(child['color'], cm['color'], child.maps[0])
