# tracebacks: error at the bottom of a short recursion (repeated frames)
def countdown(n):
    if n == 0:
        return 10 // n
    print('level', n)
    return countdown(n - 1)
def start(n):
    print('starting at', n)
    return countdown(n)
start(3)
print('never')
