# helper module (not a test program): functions, constants, a class and module-level state
PI_ISH = 3.14
counter = 0
print('_helper_mod imported')
def square(x):
    return x * x
def bump():
    global counter
    counter += 1
    return counter
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return f'hello {self.name} from {__name__}'
def _private():
    return 'private'
