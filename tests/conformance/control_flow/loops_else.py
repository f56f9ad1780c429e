# control_flow: for/while with else, break, continue
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('while', i)
else:
    print('while-else ran')
while True:
    i -= 1
    if i < 2:
        break
else:
    print('never printed')
print('i =', i)
for x in []:
    print('never')
else:
    print('for-else on empty')
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            return idx
    return -1
print(find('hello', 'l'), find('hello', 'z'))
total = 0
for a in range(5):
    for b in range(5):
        if b > a:
            break
        if (a + b) % 2:
            continue
        total += a * b
print(total)
