# exceptions: try/except/else/finally execution order and return-in-finally
def run(fail):
    log = []
    try:
        log.append('try')
        if fail:
            raise ValueError('boom')
    except ValueError as e:
        log.append(f'except {e}')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log
print(run(False))
print(run(True))
def ret_in_try():
    try:
        return 'from try'
    finally:
        print('  finally runs before return')
print(ret_in_try())
def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_overrides())
def swallow():
    try:
        raise KeyError('lost')
    finally:
        return 'swallowed'
print(swallow())
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f'f{i}')
    return out
print(loop_finally())
def nested():
    try:
        try:
            raise TypeError('inner')
        finally:
            print('  inner finally')
    except TypeError as e:
        print('  outer caught', e)
    finally:
        print('  outer finally')
nested()
