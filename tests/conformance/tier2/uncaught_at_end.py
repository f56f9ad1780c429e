# tier2: a hot loop whose callee raises on its last iteration and nothing catches it: the
# traceback (exit status 1, last stderr line) must come out exactly as from the interpreter
def check(i, seen):
    if i == 599:
        raise ValueError('bad item %d (seen %d)' % (i, len(seen)))
    seen.append(i * i % 97)
    return seen[-1]
def process(items):
    seen = []
    total = 0
    for i in items:
        total += check(i, seen)
        if i % 150 == 0:
            print('progress', i, total)
    return total
print('start')
process(range(600))
print('not reached')
