# tier2: recursive functions called from hot loops -- fib, mutual recursion, depth-200 recursion,
# and recursion through methods; a trace that inlines calls must get every return value right
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
fs = []
tot = 0
for i in range(400):
    v = fib(i % 12)
    tot += v
    if i < 12:
        fs.append(v)
print(tot, fs)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
ev = 0
for i in range(300):
    ev += is_even(i % 40)
print(ev)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
def sum_to(n, acc=0):
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)
ds = 0
for i in range(300):
    ds += depth(200) + sum_to(150 + i % 50)
print(ds)

class Node:
    def __init__(self, val, nxt):
        self.val = val
        self.nxt = nxt
    def total(self):
        return self.val + (self.nxt.total() if self.nxt else 0)
head = None
for i in range(200):
    head = Node(i, head)
t = 0
for i in range(300):
    t += head.total() - i
print(t)

# recursion whose base case changes mid-loop (global read deep in the recursion)
LIMIT = 1
def countdown(n):
    if n <= LIMIT:
        return n
    return countdown(n - 1)
cd = []
for i in range(600):
    if i == 300:
        LIMIT = 50
    cd.append(countdown(100))
print(cd[299], cd[300], sum(cd))
