# stdlib_time: perf_counter differences are non-negative (times are never printed)
import time
t0 = time.perf_counter()
total = sum(i * i for i in range(10000))
t1 = time.perf_counter()
print(total, t1 - t0 >= 0, isinstance(t0, float))
readings = [time.perf_counter() for _ in range(50)]
print(all(b - a >= 0 for a, b in zip(readings, readings[1:])))
m0 = time.monotonic()
print(time.monotonic() - m0 >= 0, type(time.time()).__name__, time.time() > 1e9)
