# errors: unterminated string literal
print('never printed')
name = 'world'
def greet(n):
    return 'hello ' + n
print(greet(name))
greeting = 'hello
print(greeting)
print('end')
print(len(name))
