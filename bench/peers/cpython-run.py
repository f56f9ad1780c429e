# Runs a benchmark program under this interpreter (CPython or PyPy) BENCH_REPEAT times in one
# process and reports on stderr each run's time, excluding interpreter start-up:
#   BENCH_REPEAT=5 python3 bench/peers/cpython-run.py FILE [ARGS...]
import os
import runpy
import sys
import time

sys.argv = sys.argv[1:]
times = []
for _ in range(int(os.environ.get("BENCH_REPEAT", "1"))):
    t0 = time.perf_counter()
    runpy.run_path(sys.argv[0], run_name="__main__")
    sys.stdout.flush()
    times.append("%.3f" % ((time.perf_counter() - t0) * 1000))
print("bench-iter-ms " + ",".join(times), file=sys.stderr)
