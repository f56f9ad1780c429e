# errors: IndexError/KeyError variants caught with their messages, then uncaught IndexError
for seq, idx in [([1], 5), ((1, 2), -3), ('ab', 2), (range(3), 3)]:
    try:
        seq[idx]
    except IndexError as e:
        print(type(e).__name__, e)
for key in ['missing', 42, (1, 2), None]:
    try:
        {}[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e))
try:
    [].pop(0)
except IndexError as e:
    print(type(e).__name__, e)
matrix = [[1, 2], [3, 4]]
print(matrix[1][1])
print(matrix[2][0])
