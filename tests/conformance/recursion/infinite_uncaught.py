# recursion: uncaught infinite recursion exits with status 1 (RecursionError)
def countdown(n):
    if n == -1:
        return 'never'
    return countdown(n + 1)
def finite(n):
    return 0 if n == 0 else 1 + finite(n - 1)
print('before', finite(50))
countdown(0)
print('after')
