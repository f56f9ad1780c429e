# errors: integer ZeroDivisionError uncaught inside a nested call
def average(xs):
    return sum(xs) // len(xs)
def report(groups):
    for name, xs in groups:
        print(name, average(xs))
print(average([4, 6]))
try:
    average([])
except ZeroDivisionError as e:
    print('caught once:', e)
report([('a', [1, 2, 3]), ('b', [10]), ('c', [])])
print('never')
