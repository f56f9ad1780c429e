# stdlib_random: seed(42) then random(), randint, randrange, uniform — exact MT19937 values
import random
random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(100) for _ in range(5)], random.randrange(10, 20, 3), random.randrange(-5, 5))
print([random.uniform(1, 2) for _ in range(3)], random.uniform(10, -10))
random.seed(42)
print(random.random())
random.seed(0)
print(random.random(), random.randint(0, 10 ** 20))
random.seed(12345)
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
