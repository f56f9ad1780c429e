# recursion: deep but legal recursion (~900 frames) in several shapes
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
def sum_list(xs, i=0):
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)
print(sum_list(list(range(850))))
def build(n):
    return [] if n == 0 else [n, build(n - 1)]
nested = build(800)
def measure(x):
    return 0 if not x else 1 + measure(x[1])
print(measure(nested))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(900), is_odd(777))
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for i in range(900):
    head = Node(i, head)
print(head.length(), head.v)
