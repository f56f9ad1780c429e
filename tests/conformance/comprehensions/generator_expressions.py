# comprehensions: generator expressions are lazy, single-use, and feed builtins
calls = []
def trace(v):
    calls.append(v)
    return v * 2
g = (trace(i) for i in range(5))
print(calls, type(g).__name__)
print(next(g), next(g), calls)
print(list(g), calls)
print(list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in ['a', 'abc', 'ab']))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]), sorted((c for c in 'cab'), reverse=True))
print(''.join(str(d) for d in range(5)), tuple(i for i in 'ab'), set(i % 2 for i in range(9)))
nested = ((i, j) for i in range(2) for j in range(2) if i != j)
print(list(nested))
it = (x for x in [1, 2, 3])
print(3 in it, list(it))
first_big = next((x for x in [1, 4, 9, 16] if x > 5), None)
none_big = next((x for x in [1, 2] if x > 5), 'none')
print(first_big, none_big)
