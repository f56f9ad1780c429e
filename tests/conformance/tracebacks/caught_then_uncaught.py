# tracebacks: an exception raised while handling another shows both (context chain)
def load(name):
    store = {'a': 1}
    try:
        return store[name]
    except KeyError:
        print('missing', name, '- falling back')
        return fallback(name)
def fallback(name):
    defaults = ['x', 'y']
    return defaults[len(name) * 5]
print(load('a'))
print(load('zz'))
