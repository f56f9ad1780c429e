# ints: arbitrary-precision multiplication, factorials, comparisons of big ints
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(20))
print(fact(25))
print(fact(50))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(a * -b)
print(-a * -b)
print(a + b, a - b, b - a)
print(a * b // b == a)
print(fact(30) // fact(28))
print(len(str(fact(100))))
print(str(fact(100))[:20])
print(fact(40) > fact(39) * 39, fact(40) == fact(39) * 40)
x = 1
for i in range(10):
    x = x * 1000003 + i
print(x)
print(x % 1000003, x // 1000003 ** 9)
print(sum(range(10 ** 6 + 1, 10 ** 6 + 11)) * 10 ** 30)
