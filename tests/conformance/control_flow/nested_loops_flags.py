# control_flow: nested loops, pass, loop variables after loops, range mutation during iteration
for i in range(3):
    pass
print('i after loop', i)
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val == 6:
            found = (r, c)
            break
    if found:
        break
print(found)
items = [1, 2, 3, 4]
for x in items:
    if x == 2:
        items.remove(x)
print(items)
n = 5
for k in range(n):
    n = 0
print('range fixed at creation', k)
count = 0
while count < 100:
    count += 7
    if count % 5 == 0:
        print('multiple of 35 reached', count)
        break
res = []
for a in 'ab':
    for b in 'xy':
        for c in '12':
            if c == '2' and b == 'y':
                continue
            res.append(a + b + c)
print(res)
