# generators: exception raised inside a generator body propagates to the consumer uncaught
def parse(lines):
    for line in lines:
        key, value = line.split('=')
        yield key, int(value)
def load(lines):
    out = {}
    for k, v in parse(lines):
        out[k] = v
        print('loaded', k, v)
    return out
print(load(['a=1', 'b=2']))
print(load(['x=10', 'y=ten', 'z=3']))
