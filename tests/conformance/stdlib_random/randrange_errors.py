# stdlib_random: randint/randrange ranges and error cases, gauss-free distributions
import random
random.seed(2024)
counts = [0] * 6
for _ in range(600):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))
print(sorted(set(random.randrange(0, 10, 5) for _ in range(50))))
print(random.randint(5, 5), random.randrange(1), random.random() < 1.0)
for bad in [lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.randrange(1, 10, 0)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
print(random.randrange(10 ** 30), random.randint(-10 ** 12, 10 ** 12))
