# dunders: __len__/__getitem__/__setitem__/__delitem__/__contains__/__iter__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        r, c = pos
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError(f'cell {pos} out of range')
        return self.cells.get(pos, '.')
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
    def __contains__(self, v):
        return v in self.cells.values()
    def __iter__(self):
        for r in range(self.h):
            yield ''.join(self[r, c] for c in range(self.w))
g = Grid(4, 2)
g[0, 1] = '#'
g[1, 3] = '@'
print(len(g), g[0, 1], g[1, 1], '#' in g, '$' in g)
for row in g:
    print(row)
del g[0, 1]
print(list(g), '#' in g)
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()])
try:
    len(Seq())
except TypeError as e:
    print(type(e).__name__, e)
