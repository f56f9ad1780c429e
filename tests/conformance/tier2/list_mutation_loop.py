# tier2: loops that mutate the list they index or iterate -- in-place updates, append/pop,
# insert/delete shifting indices, and a for-loop over a list that grows while it runs
xs = list(range(600))
for i in range(len(xs)):
    xs[i] = xs[i] * 2 + (xs[i - 1] if i else 0)
print(xs[:5], xs[-1] % 1000003, len(xs))

# append/pop as a stack inside a hot loop
stack = []
popped = 0
for i in range(600):
    stack.append(i)
    if i % 3 == 2:
        popped += stack.pop() + stack.pop()
print(len(stack), popped, stack[-3:])

# a while loop indexing a list that shrinks under it
ys = list(range(100))
i = 0
removed = 0
while i < len(ys):
    if ys[i] % 3 == 0:
        del ys[i]
        removed += 1
    else:
        i += 1
print(removed, len(ys), ys[:6])

# a for loop over a list that appends to itself (bounded)
zs = [1, 2, 3]
steps = 0
for v in zs:
    steps += 1
    if len(zs) < 500:
        zs.append(v + len(zs))
print(steps, len(zs), sum(zs))

# insert at the front and pop from the front
q = []
for i in range(400):
    q.insert(0, i)
    if len(q) > 50:
        q.pop()
print(q[:3], q[-3:], len(q))

# list element type changes mid-loop
mixed = [1] * 600
for i in range(300, 600):
    mixed[i] = 1.5 if i % 2 else 'x'
n = f = s = 0
for v in mixed:
    if type(v) is int:
        n += v
    elif type(v) is float:
        f += v
    else:
        s += len(v)
print(n, f, s)

# slice assignment and extend in a loop
w = [0] * 10
for i in range(300):
    w[2:4] = [i, i + 1, i + 2] if i % 2 else [i]
    if len(w) > 20:
        del w[10:]
    w.extend([i % 3])
print(w, len(w))

# list comprehension reading a list that was mutated in a previous hot loop
sq = [v * v for v in xs[:100] if v % 3]
print(len(sq), sum(sq) % 1000003)
