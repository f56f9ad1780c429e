# stdlib_random: reseeding reproduces sequences; independent Random instances; string seeds
import random
random.seed(7)
a = [random.randint(0, 1000) for _ in range(5)]
random.seed(7)
b = [random.randint(0, 1000) for _ in range(5)]
print(a, a == b)
r1 = random.Random(99)
r2 = random.Random(99)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100))
random.seed(123)
print(random.random())
random.seed(2 ** 80 + 1)
print(random.random())
random.seed(-5)
print(random.random(), random.random() < 1)
st = random.getstate()
x = random.random()
random.setstate(st)
print(random.random() == x)
