# exceptions: handling inside loops, exceptions crossing function boundaries, cleanup order
log = []
def level3(x):
    log.append('l3 enter')
    try:
        if x == 0:
            raise ZeroDivisionError('x is zero')
        return 10 / x
    finally:
        log.append('l3 exit')
def level2(x):
    try:
        return level3(x)
    finally:
        log.append('l2 exit')
def level1(x):
    try:
        return level2(x)
    except ArithmeticError as e:
        log.append(f'l1 caught {type(e).__name__}')
        return None
print(level1(4), log)
log.clear()
print(level1(0), log)
results = []
for item in ['1', 'x', '3', None, '5']:
    try:
        results.append(int(item))
    except ValueError:
        results.append('bad')
    except TypeError:
        results.append('none')
        continue
    finally:
        results.append('|')
print(results)
