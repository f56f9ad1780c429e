# ranges_slices: range construction, indexing, slicing, len, membership, equality
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], 11 in r, 12 in r)
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(3, 3)), list(range(10, 0, -3)))
print(r[1:4], list(r[1:4]), r[::-1], list(r[::2]), r.index(8), r.count(8))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) == [0, 1, 2])
big = range(10 ** 20)
print(len(range(10 ** 12)), big[-1], 10 ** 19 in big, big[10 ** 19 + 5], big[::10 ** 19])
print(range(-5, 5)[-1], list(range(-3, 3, 2)), sum(range(101)), max(range(7)))
print(r.start, r.stop, r.step, range(4).step)
try:
    range(1, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.index(4)
except ValueError as e:
    print(type(e).__name__, e)
