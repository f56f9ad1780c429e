# tier2: try/finally and with-statements inside hot loops, including break/continue/return
# passing through finally blocks and context managers that suppress exceptions
fin = 0
total = 0
for i in range(600):
    try:
        if i % 10 == 0:
            continue
        if i == 590:
            break
        total += i
    finally:
        fin += 1
print(total, fin)

def ret_in_finally_loop(n):
    out = 0
    for i in range(n):
        try:
            if i == n - 5:
                return out
            out += i
        finally:
            out += 1
    return -1
print(sum(ret_in_finally_loop(k) for k in range(10, 300)))

class Ctx:
    entered = 0
    exited = 0
    suppressed = 0
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        Ctx.entered += 1
        return self
    def __exit__(self, et, ev, tb):
        Ctx.exited += 1
        if et is not None and self.suppress:
            Ctx.suppressed += 1
            return True
        return False
acc = 0
errs = 0
for i in range(600):
    try:
        with Ctx(i % 3 == 0) as c:
            if i % 4 == 0:
                raise ValueError(i)
            acc += i * c.suppress
    except ValueError:
        errs += 1
print(acc, errs, Ctx.entered, Ctx.exited, Ctx.suppressed)

# nested with blocks and break out of them
order = []
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        order.append('+' + self.name)
    def __exit__(self, *a):
        order.append('-' + self.name)
for i in range(300):
    with Tag('o'):
        with Tag('i'):
            if i == 299:
                break
            if i % 2:
                continue
print(len(order), order[-6:])

# finally that overrides a pending exception with a return
def swallow(i):
    try:
        raise KeyError(i)
    finally:
        return i * 2
print(sum(swallow(i) for i in range(600)))
