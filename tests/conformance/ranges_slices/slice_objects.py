# ranges_slices: slice objects, indices(), and __getitem__ receiving slices
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(6), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(-100, 100).indices(4))
data = list(range(12))
print(data[s], 'abcdefghijkl'[s], tuple(data)[s])
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        return ('index', key)
q = Seq()
print(q[3], q[1:2], q[::3], q[:5], q[1:2:3], q[-1])
print(q[1, 2], q['k'])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(0, 5, 0).indices(10)
except ValueError as e:
    print(type(e).__name__, e)
