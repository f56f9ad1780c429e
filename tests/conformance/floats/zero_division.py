# floats: float division by zero raises ZeroDivisionError (uncaught at the end)
def ratio(a, b):
    return a / b
print(ratio(1.0, 4))
for a, b in [(1.0, 0.0), (1, 0), (0.0, 0.0)]:
    try:
        ratio(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    5.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.5, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print('now uncaught:')
print(ratio(2.5, -0.0))
