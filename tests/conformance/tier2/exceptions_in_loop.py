# tier2: exceptions raised and caught inside hot loops -- on a fraction of iterations, on every
# iteration, starting only mid-loop, re-raised, chained, and with else/finally clauses
def risky(i):
    if i % 7 == 0:
        raise ValueError('seven %d' % i)
    if i % 11 == 0:
        raise KeyError(i)
    return i
ok = ve = ke = 0
last = None
for i in range(600):
    try:
        ok += risky(i)
    except ValueError as e:
        ve += 1
        last = str(e)
    except KeyError as e:
        ke += e.args[0]
print(ok, ve, ke, last)

# errors start only after iteration 300 (division by a value that becomes zero)
d = 300
errs = 0
acc = 0
for i in range(600):
    try:
        acc += 1000 // (d - i)
    except ZeroDivisionError:
        errs += 1
        d = -1
print(acc, errs)

# try/except/else/finally in every iteration
counts = {'else': 0, 'finally': 0, 'except': 0}
for i in range(600):
    try:
        if i % 4 == 0:
            raise IndexError
    except IndexError:
        counts['except'] += 1
    else:
        counts['else'] += 1
    finally:
        counts['finally'] += 1
print(counts)

# exception chaining and re-raise inside a loop
chains = []
for i in range(400):
    try:
        try:
            [][i]
        except IndexError as e:
            raise RuntimeError('wrapped %d' % i) from e
    except RuntimeError as e:
        if i % 100 == 0:
            chains.append((str(e), type(e.__cause__).__name__))
print(chains)

# a custom exception class hierarchy caught by base class
class AppError(Exception):
    pass
class Minor(AppError):
    pass
class Major(AppError):
    def __init__(self, code):
        super().__init__('major', code)
        self.code = code
tally = []
for i in range(600):
    try:
        if i % 50 == 0:
            raise Major(i)
        if i % 30 == 0:
            raise Minor('m')
    except Major as e:
        tally.append(e.code)
    except AppError as e:
        tally.append(-1)
print(len(tally), sum(tally), tally[:5])
