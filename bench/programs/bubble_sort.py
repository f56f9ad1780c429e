# Bubble sort of a pseudo-random integer list: tight nested while/for loops,
# list indexing and item assignment, comparisons. Exercises the interpreter's
# basic loop and subscript paths with almost no calls.
import sys


def make_list(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 100000)
    return out


def bubble_sort(a):
    n = len(a)
    swaps = 0
    while n > 1:
        last = 0
        i = 1
        while i < n:
            if a[i - 1] > a[i]:
                t = a[i - 1]
                a[i - 1] = a[i]
                a[i] = t
                swaps += 1
                last = i
            i += 1
        n = last
    return swaps


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    a = make_list(n, 42)
    swaps = bubble_sort(a)
    ok = all(a[i] <= a[i + 1] for i in range(len(a) - 1))
    check = 0
    for i, v in enumerate(a):
        check = (check * 31 + v * (i + 1)) % 1000000007
    print("n", n, "swaps", swaps, "sorted", ok)
    print("min", a[0] if a else None, "max", a[-1] if a else None, "checksum", check)


main()
