# basics: assignment expressions (:=) in if/while/comprehensions
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long list', n)
it = iter(data)
while (item := next(it, None)) is not None:
    print('item', item)
print(item)
squares = [y for x in range(6) if (y := x * x) % 2 == 0]
print(squares, y)
total = 0
running = [(total := total + x) for x in data]
print(running, total)
def f(x):
    return x * 10
results = [r for x in range(5) if (r := f(x)) > 15]
print(results)
print((z := 5) + z)
vals = {'a': 1}
if (got := vals.get('b')) is None:
    print('missing', got)
print([last := i for i in 'abc'], last)
