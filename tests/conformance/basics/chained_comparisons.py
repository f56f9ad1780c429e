# basics: chained comparisons evaluate middle operands once and short-circuit
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(5) < v(1) < v(9))
print(calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
print(1 < 2 == 2 != 3 >= 3 > 2)
print('a' < 'b' < 'c', [1, 2] < [1, 3] < [2])
print(None is None is not False)
print(2 in [1, 2] in [[1, 2]])
a = [1, 2]
print(a == [1, 2] is not a)
for i in range(-1, 12, 4):
    print(i, 0 < i <= 7)
try:
    print(1 < 'a' < 3)
except TypeError as e:
    print(type(e).__name__, e)
