# tier2: globals rebound mid-loop (iteration 300 of 600) -- a value global, a function global
# read inside a callee, and a global bound for the first time -- must be seen by the next iteration
# of a hot trace that guards on the globals dict version
STEP = 1
def step_fn(x):
    return x + STEP
def kind():
    return 'int'
total = 0
trail = []
for i in range(600):
    total = step_fn(total)
    if i == 300:
        STEP = 7
    if i == 450:
        def kind():
            return 'redefined'
    if i in (299, 300, 301, 449, 450, 451, 599):
        trail.append((i, total, kind()))
print(total)
print(trail)

# a global that does not exist until mid-loop: the trace sees NameError first, then a value
def late():
    return LATE * 2
seen = []
for i in range(600):
    if i == 300:
        LATE = 21
    try:
        v = late()
    except NameError as e:
        v = str(e)
    if i in (0, 299, 300, 599):
        seen.append(v)
print(seen)

# global rebound on every iteration from inside a function (global statement)
COUNTER = 0
def bump(k):
    global COUNTER
    COUNTER += k
    return COUNTER
acc = 0
for i in range(600):
    acc ^= bump(i % 5)
    if i == 300:
        COUNTER = -1000
print(COUNTER, acc)
