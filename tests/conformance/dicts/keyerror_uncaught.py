# dicts: KeyError with a missing key propagates through two frames uncaught
config = {'host': 'localhost', 'port': 8080}
def lookup(cfg, key):
    return cfg[key]
def describe(cfg):
    print('host:', lookup(cfg, 'host'))
    print('port:', lookup(cfg, 'port'))
    print('user:', lookup(cfg, 'user'))
describe(config)
print('never printed')
