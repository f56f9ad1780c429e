# builtins: shadowing builtin names locally and globally, then restoring via del
def use_len(x):
    return len(x)
print(use_len('abc'))
len = lambda x: 'shadowed'
print(use_len('abc'))
del len
print(use_len('abc'))
def local_shadow():
    max = 'local max'
    return max
print(local_shadow(), max(1, 2))
abs = abs
print(abs(-3), callable(abs))
del abs
print(abs(-4))
list_ = list
def f():
    list = tuple
    return list('ab')
print(f(), list('ab'))
sum = 'oops'
try:
    sum([1])
except TypeError as e:
    print(type(e).__name__, e)
del sum
print(sum([1, 2]))
print(type(print).__name__, print.__name__, len.__name__)
