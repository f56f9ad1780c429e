def f():
    return *a, *b
    return 1, *c
a = *b, c
print(*a, *b)
x = [*range(3)]
first, *rest = items
*init, last = items
a, *b, c = d
