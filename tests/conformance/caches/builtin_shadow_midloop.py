# caches: shadowing a builtin (len) with a global mid-loop, then deleting the shadow
def measure(x):
    return len(x)
results = []
for i in range(3000):
    r = measure('abc')
    if i == 1000:
        len = lambda x: -1
    if i == 2000:
        del len
    if not results or results[-1][1] != r:
        results.append((i, r))
print(results)
def biggest(xs):
    return max(xs)
out = []
for i in range(1000):
    if i == 500:
        max = min
    out.append(biggest([3, 1, 2]))
del max
print(out[499], out[500], out[-1], biggest([3, 1, 2]))
