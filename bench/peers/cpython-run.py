# Runs a benchmark program under this interpreter (CPython or PyPy) and reports on stderr the
# time the program itself took, excluding interpreter start-up:
#   python3 bench/peers/cpython-run.py FILE [ARGS...]
import runpy
import sys
import time

sys.argv = sys.argv[1:]
t0 = time.perf_counter()
runpy.run_path(sys.argv[0], run_name="__main__")
sys.stdout.flush()
print("bench-time-ms %.3f" % ((time.perf_counter() - t0) * 1000), file=sys.stderr)
