# tracebacks: TypeError through 4 frames including methods and a lambda
class Pipeline:
    def __init__(self, steps):
        self.steps = steps
    def run(self, value):
        for step in self.steps:
            value = self.apply(step, value)
            print('  after', step.__name__, '->', value)
        return value
    def apply(self, step, value):
        return step(value)
def double(x):
    return x * 2
def stringify(x):
    return str(x)
def add_one(x):
    return x + 1
print(Pipeline([double, add_one]).run(5))
print(Pipeline([double, stringify, add_one]).run(5))
