# stdlib_sys: getrecursionlimit/setrecursionlimit affect how deep recursion can go
import sys
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(200)
try:
    depth(500)
except RecursionError as e:
    print(type(e).__name__)
print(depth(100))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
