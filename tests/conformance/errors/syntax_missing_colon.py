# errors: syntax error (missing colon) means nothing runs and the program exits 1
print('this is never printed')
def fine(x):
    return x * 2
print(fine(21))
values = [fine(i) for i in range(3)]
print(values)
def broken(x)
    return x
print(broken(1))
