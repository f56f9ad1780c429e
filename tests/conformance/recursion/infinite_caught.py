# recursion: infinite recursion is caught as RecursionError and the program continues
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
class Loop:
    def __getattr__(self, name):
        return self.__getattr__(name)
try:
    Loop().anything
except RecursionError as e:
    print(type(e).__name__)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print('still works after recovery', depth(500))
try:
    forever(0)
except RecursionError:
    print('caught again')
