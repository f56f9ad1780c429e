# recursion: classic recursive algorithms (hanoi, permutations, ackermann-small, merge sort)
def hanoi(n, src='A', dst='C', via='B', moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(len(hanoi(10)), hanoi(3))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms('abc'), len(perms('abcde')))
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print([ack(2, n) for n in range(5)], ack(3, 3))
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while a and b:
        out.append(a.pop(0) if a[0] <= b[0] else b.pop(0))
    return out + a + b
print(merge_sort([5, 2, 9, 1, 5, 6, 0, -3, 12]))
memo = {}
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n not in memo:
        memo[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
    return memo[n]
print(ways(30), ways(200))
