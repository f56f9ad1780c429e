# errors: syntax error assigning to a literal
print('never printed')
x = 5
if x > 3:
    print('big')
items = [x, x + 1]
print(items)
5 = x
print('after')
print(items[0])
