# caches: reassigning a global (value and function) mid-loop is visible immediately
FACTOR = 2
def scale(x):
    return x * FACTOR
def helper():
    return 'old helper'
total = 0
calls = []
for i in range(3000):
    total += scale(1)
    if i == 1500:
        FACTOR = 3
    if i == 2000:
        def helper():
            return 'new helper'
    if i in (1999, 2000, 2001):
        calls.append(helper())
print(total, calls)
def reader():
    return COUNT
COUNT = 0
acc = []
for i in range(1000):
    COUNT = i
    if i % 250 == 0:
        acc.append(reader())
del COUNT
try:
    reader()
except NameError as e:
    print(type(e).__name__, e)
print(acc)
