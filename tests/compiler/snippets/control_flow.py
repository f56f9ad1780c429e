# Early exits through every kind of block.
def ret_in_finally_loop(xs):
    for x in xs:
        try:
            if x == 1:
                continue
            if x == 2:
                break
            if x == 3:
                return x * 10
        finally:
            print('fin', x)
    else:
        return -1
    return 0


def nested_finally():
    try:
        try:
            return 1
        finally:
            print('inner')
    finally:
        print('outer')


def return_in_finally():
    try:
        raise ValueError
    finally:
        return 'swallowed'


def break_in_finally_handler(n):
    while n:
        n -= 1
        try:
            1 / 0
        finally:
            if n < 2:
                break
    return n


def with_exits(m, items):
    for it in items:
        with m as a, m as b:
            if it:
                continue
            return a, b
    with m:
        while True:
            with m:
                break
    return None


def except_forms(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        return e
    except KeyError:
        return 'key'
    except Exception as e:
        try:
            raise RuntimeError('x') from e
        except RuntimeError as inner:
            return inner.__cause__
    except:
        raise
    else:
        return 'else'
    finally:
        print('done')


def loop_else(xs):
    while xs:
        if xs.pop() == 3:
            break
    else:
        print('exhausted')
    for i in range(3):
        pass
    else:
        print('for else')
    i = 0
    while i < 10:
        i += 1
        if i % 2:
            continue
    while 0:
        print('never')
    return i


def conditions(a, b, c):
    if a and b or not c:
        x = 1
    elif a < b < c:
        x = 2
    elif a is None or b is not None:
        x = 3
    elif (a if b else c):
        x = 4
    else:
        x = 5
    y = a < b < c
    z = a and b and c
    w = a or b or c
    assert x, 'msg'
    assert y
    return x, y, z, w
