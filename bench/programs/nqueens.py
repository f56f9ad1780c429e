# N-queens solution counting by backtracking over sets of occupied columns and
# diagonals. Exercises recursion, set add/remove/membership, and small-int math;
# it is a classic search kernel with a data-dependent branch pattern.
import sys


def solve(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = [0] * n
    result = {"count": 0, "first": None}

    def place(row):
        if row == n:
            result["count"] += 1
            if result["first"] is None:
                result["first"] = tuple(placement)
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placement[row] = c
            place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return result["count"], result["first"]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    total = 0
    for k in range(4, n + 1):
        count, first = solve(k)
        total += count * k
        print("queens(%d) = %d first=%s" % (k, count, first))
    print("checksum", total)


main()
