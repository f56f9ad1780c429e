# stdlib_random: choice, shuffle, sample, choices with a fixed seed
import random
random.seed(42)
items = ['apple', 'banana', 'cherry', 'date', 'elder']
print([random.choice(items) for _ in range(6)])
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample(items, 3))
print(random.choice('xyz'), random.choice((1, 2, 3)))
print(random.choices(items, k=4))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.sample([1, 2], 5)
except ValueError as e:
    print(type(e).__name__, e)
