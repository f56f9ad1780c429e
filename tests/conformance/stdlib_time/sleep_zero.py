# stdlib_time: time.sleep(0) returns None; elapsed time around a short sleep is >= the sleep
import time
print(time.sleep(0))
start = time.perf_counter()
time.sleep(0.01)
elapsed = time.perf_counter() - start
print(elapsed >= 0.005, elapsed >= 0)
ns0 = time.perf_counter_ns()
ns1 = time.perf_counter_ns()
print(ns1 - ns0 >= 0, type(ns0).__name__)
