# generators: yield from delegation, return value of subgenerators, flattening
def inner():
    yield 'a'
    yield 'b'
    return 'inner-done'
def outer():
    result = yield from inner()
    yield f'got {result}'
    yield from range(3)
    yield from 'xy'
print(list(outer()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def tree(n, depth=0):
    yield '  ' * depth + str(n)
    for child in range(n):
        yield from tree(child, depth + 1)
for line in tree(3):
    print(line)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: 'x'}, 'ab')))
