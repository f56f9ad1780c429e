# tier2: RecursionError raised from inside a hot loop and caught there; the loop continues and
# ordinary (bounded) recursion keeps working afterwards
import sys
def down(n):
    return down(n + 1) + 1
def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)
results = []
errors = 0
for i in range(300):
    if i % 100 == 50:
        try:
            down(0)
        except RecursionError:
            errors += 1
            results.append(('caught', i))
    results.append(bounded(150))
print(errors, results[49:53], sum(r for r in results if isinstance(r, int)))

# a recursive function that only recurses without bound after a global flips mid-loop
UNBOUNDED = False
def maybe(n):
    if not UNBOUNDED and n > 100:
        return n
    return maybe(n + 1)
out = []
for i in range(400):
    if i == 200:
        UNBOUNDED = True
    if i == 210:
        UNBOUNDED = False
    try:
        out.append(maybe(0))
    except RecursionError as e:
        out.append(type(e).__name__)
print(out[198:202], out[209:212], out.count('RecursionError'), sum(v for v in out if v != 'RecursionError'))

# a method that recurses forever, caught, then the same loop runs normally
class Tree:
    def walk(self, d):
        return self.walk(d + 1)
t = Tree()
ok = 0
for i in range(300):
    if i == 150:
        try:
            t.walk(0)
        except RecursionError:
            ok -= 1000
    ok += bounded(i % 50)
print(ok, sys.getrecursionlimit() > 200)
