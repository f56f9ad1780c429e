# lists: append/extend/insert/remove/pop/index/count/reverse/copy/clear
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend((2, 6))
a.extend('ab')
print(a)
a.insert(0, 'first')
a.insert(-1, 'before-last')
a.insert(100, 'end')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(4), a.count(1), a.index(5, 2))
a.reverse()
print(a)
b = a.copy()
b.append('extra')
print(len(a), len(b), a == b[:-1])
b.clear()
print(b, a * 0, [0] * 3, [[1]] * 2, [1, 2] + [3])
try:
    a.remove('nope')
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    a.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.pop(99)
except IndexError as e:
    print(type(e).__name__, e)
