import os
import os.path
import os.path as osp
from os import path as p2, sep
from . import sibling
from .pkg.mod import thing as other
from os.path import *


def deco(f):
    return f


def deco_factory(*a, **k):
    return deco


@deco
@deco_factory(1, key=2)
def decorated(a, /, b, c=3, *args, d, e=5, **kwargs):
    """Docstring."""
    return a, b, c, args, d, e, kwargs


def calls(f, xs, kw):
    f()
    f(1, 2)
    f(*xs)
    f(1, *xs, 2, *xs)
    f(**kw)
    f(a=1, **kw, b=2)
    f(1, *xs, a=1, **kw)
    xs.append(1)
    xs.method(1, key=2)
    f(*xs, **kw).attr.method()
    f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
      21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33)
    xs.m(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
         21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33)
    f(a1=1, a2=2, a3=3, a4=4, a5=5, a6=6, a7=7, a8=8, a9=9, a10=10, a11=11, a12=12,
      a13=13, a14=14, a15=15, a16=16, a17=17, **kw)
    return lambda x, *y, z=1, **w: (x, y, z, w)


def closures():
    a = 1
    b = 2

    def inner(c):
        nonlocal a
        a += c

        def innermost():
            return a + b + c
        return innermost
    return inner


def generators(n):
    x = yield
    y = yield n
    z = yield from range(n)
    return x, y, z


gen = (i * j for i in range(3) if i for j in range(i))
lam = lambda: (yield)
counter = 0


def use_global():
    global counter
    counter += 1
    del counter


def unpacking(seq):
    a, b = seq
    a, *b = seq
    *a, b, c = seq
    (a, b), c = seq
    a, b = b, a
    a, b, c = c, b, a
    [a, b] = [b, a]
    x = y = z = seq
    seq[0], seq[1] = seq[1], seq[0]
    del x, y
    del seq[0], z
    seq.attr += 1
    seq[1:2] += [1]
    seq[::2] = []
    return a, b, c
