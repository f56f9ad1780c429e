# comprehensions: an exception inside a comprehension propagates uncaught (frame traceback)
def invert(values):
    return [1 / v for v in values]
print(invert([1, 2, 4]))
try:
    invert([1, 0])
except ZeroDivisionError as e:
    print('caught', type(e).__name__, e)
print({k: 10 // k for k in [5, 2]})
print(sum(100 // k for k in [1, 2, 3, 0]))
