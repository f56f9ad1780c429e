# errors: syntax error from an unclosed bracket (reported at the opening bracket)
print('never printed')
def total_of(xs):
    return sum(xs)
values = [1, 2, 3
total = total_of(values)
print(total)
for v in range(3):
    print(v)
print('end')
