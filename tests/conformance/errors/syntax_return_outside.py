# errors: 'return' outside function is a compile-time SyntaxError
print('never printed')
def inside():
    return 'ok here'
print(inside())
for i in range(3):
    print(i)
return i
print('unreachable')
print('also unreachable')
