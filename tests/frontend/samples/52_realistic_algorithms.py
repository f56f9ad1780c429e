def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    left = [x for x in rest if x < pivot]
    right = [x for x in rest if x >= pivot]
    return quicksort(left) + [pivot] + quicksort(right)


def fib(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = fib(n - 1) + fib(n - 2)
    return _cache[n]


def primes(limit):
    sieve = bytearray([1]) * (limit + 1)
    sieve[0:2] = b'\x00\x00'
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytes(len(sieve[i * i::i]))
    return [i for i, is_p in enumerate(sieve) if is_p]


matrix = [[1, 2], [3, 4]]
transposed = list(zip(*matrix))
flat = [x for row in matrix for x in row]
counts = {}
for word in 'a b a c b a'.split():
    counts[word] = counts.get(word, 0) + 1
best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
print(quicksort([3, 1, 2]), fib(30), primes(30), best)
