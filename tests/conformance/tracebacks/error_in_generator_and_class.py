# tracebacks: NameError raised inside a generator consumed by a method (3 frames)
class Report:
    def __init__(self, rows):
        self.rows = rows
    def lines(self):
        for i, r in enumerate(self.rows):
            yield f'{i}: {r * scale}'
    def render(self):
        return '\n'.join(self.lines())
scale = 2
print(Report([1, 2]).render())
del scale
print(Report([3]).render())
