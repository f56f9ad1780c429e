# basics: operator precedence and associativity of arithmetic operators
print(2 + 3 * 4)
print((2 + 3) * 4)
print(2 ** 3 ** 2)
print((2 ** 3) ** 2)
print(-2 ** 2)
print((-2) ** 2)
print(10 - 4 - 3)
print(100 / 10 / 5)
print(7 // 2 * 2 + 7 % 2)
print(2 * 3 % 4)
print(1 + 2 << 3)
print(1 | 2 ^ 3 & 4)
print(~5 + 1)
print(not 1 + 1 == 2)
print(3 > 2 and 2 > 1 or 0)
print(0 or '' or [] or 'last')
print(1 and 'x' and 0 and 'never')
print(-7 + +3 - -2)
print(2 ** -1)
print(4 ** 0.5)
x = 5
x += 3
x *= 2
x -= 1
x //= 4
x **= 3
x %= 10
print(x)
