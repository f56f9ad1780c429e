# errors: IndentationError (a SyntaxError subclass) from an unexpected indent
print('never printed')
def ok():
    return 'fine'
print(ok())
x = 1
    y = 2
print(x + y)
for i in range(2):
    print(i)
