# tier2: branches whose direction flips after N iterations, so the trace's guard fails and the
# other side becomes hot (a side trace); also alternating and nested conditions
threshold = 300
a = b = 0
for i in range(600):
    if i < threshold:
        a += i
    else:
        b += i
print(a, b)

# direction flips several times: 100 one way, 100 the other, ...
x = 0
hist = []
for i in range(700):
    if (i // 100) % 2 == 0:
        x = x * 3 + 1
    else:
        x = x // 2 - 1
    x %= 1000003
    if i % 100 == 99:
        hist.append(x)
print(x, hist)

# nested ifs where the inner branch flips mid-loop and the outer alternates
cnt = [0, 0, 0, 0]
for i in range(800):
    if i % 2:
        if i > 400:
            cnt[0] += 1
        else:
            cnt[1] += i
    else:
        if i < 600:
            cnt[2] += 1
        else:
            cnt[3] -= i
print(cnt)

# a condition depending on a value computed in the loop (flips when s crosses a bound)
s = 0
flips = 0
prev = None
for i in range(600):
    up = s < 1000
    if up:
        s += i
    else:
        s -= 3 * i // 2
    if prev is not None and up != prev:
        flips += 1
    prev = up
print(s, flips)

# and/or short-circuit whose outcome changes mid-loop
hits = []
def expensive(i):
    hits.append(i)
    return i % 2 == 0
n = 0
for i in range(600):
    if i < 500 or expensive(i):
        n += 1
print(n, len(hits), hits[:4])
