# tier2: while loops with break/continue/else, for/else, nested loops with break out of the inner
# loop, and loops whose exit comes from a break taken only late
i = 0
total = 0
while i < 1000:
    i += 1
    if i % 3 == 0:
        continue
    if i > 700:
        break
    total += i
else:
    total = -1
print(i, total)

# while/else: the else runs when the condition fails, not after break
j = 0
while j < 500:
    j += 1
else:
    j = j * 10
print(j)

# for/else searching primes: inner loop breaks most of the time
primes = []
for n in range(2, 600):
    for d in range(2, n):
        if d * d > n:
            primes.append(n)
            break
        if n % d == 0:
            break
    else:
        primes.append(n)
print(len(primes), primes[-5:], sum(primes))

# nested while loops with continue in the inner and break in the outer
outer = 0
grid = 0
while True:
    outer += 1
    inner = 0
    while inner < 40:
        inner += 1
        if (inner + outer) % 5 == 0:
            continue
        grid += inner * outer
    if outer == 30:
        break
print(outer, grid)

# early exit found late: break at iteration 577
found = None
for k in range(10000):
    if k * k % 1009 == 577 and k > 500:
        found = k
        break
print(found)

# loop variable reassigned inside the body does not affect iteration
seen = []
for k in range(600):
    k = k * 2
    if k % 199 == 0:
        seen.append(k)
print(seen, k)

# deeply nested loops (3 levels) with mixed control flow
cnt = 0
for a in range(12):
    for b in range(12):
        if b > a:
            break
        for c in range(12):
            if c == b:
                continue
            if c > a + b:
                break
            cnt += a * 100 + b * 10 + c
print(cnt)
