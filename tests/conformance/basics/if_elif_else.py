# basics: if/elif/else chains and conditional expressions
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for n in [-5, 0, 3, 10, 99]:
    print(n, classify(n))
for n in range(4):
    print(n, 'even' if n % 2 == 0 else 'odd', 'big' if n > 2 else 'mid' if n > 0 else 'none')
x = [] 
if x:
    print('truthy')
else:
    print('falsy')
if not x and (y := 3):
    print('y is', y)
print('a' if None else 'b' if 0 else 'c')
