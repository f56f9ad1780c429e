# Recursive Fibonacci: measures raw call/return overhead, small-int arithmetic
# and comparison. It is the simplest possible stress test of the frame setup
# path, so it isolates function-call cost from everything else.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 27
    total = 0
    for k in range(n - 3, n + 1):
        if k >= 0:
            total += fib(k)
    print("fib(%d) = %d" % (n, fib(n)))
    print("checksum", total)


main()
