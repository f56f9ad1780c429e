# classes: class attributes shared by instances, mutable class attributes, class body execution
class Registry:
    items = []
    total = 0
    print('class body runs once')
    def register(self, x):
        self.items.append(x)
        self.total += x
r1 = Registry()
r2 = Registry()
r1.register(5)
r2.register(7)
print(Registry.items, r1.items is r2.items, Registry.total, r1.total, r2.total)
class Config:
    debug = False
    level = 1
    names = [n * 2 for n in range(3)]
    double_level = level * 2
c = Config()
print(c.debug, Config.names, Config.double_level)
setattr(Config, 'debug', True)
print(c.debug, getattr(c, 'level'), getattr(c, 'missing', 'dflt'))
c.level = 9
print(c.level, Config.level)
del c.level
print(c.level)
print(sorted(k for k in vars(Config) if not k.startswith('__')))
