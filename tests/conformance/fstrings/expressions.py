# fstrings: arbitrary expressions, nesting, quotes, braces, multi-line
items = ['apple', 'pear']
d = {'k': 3}
n = 5
print(f'{len(items)} items: {", ".join(items)}')
print(f'{d["k"] * 2} {items[-1].upper()} {n if n > 3 else 0} {[i * i for i in range(n)]}')
print(f'{{literal braces}} {{{n}}}')
print(f"{'nested ' + f'{n:03d}'}")
print(f'{n!r:>{n}}|', f'{"x" * n}', f"{'single'}", f'''{"triple"}''')
total = sum(
    i for i in range(10)
)
msg = (
    f'total={total} '
    f'avg={total / 10:.1f}'
)
print(msg)
print(f'{(lambda a: a + 1)(n)}', f'{n:{"^"}{10}}|')
def greet(who):
    return f'hello, {who}'
print(f'{greet("world")!r}')
print(f'{3 + 4 if False else 7}', f'{-n}', f'{n % 3}', f'{n // 2}', f'{2 ** 10}')
print(f'{n}' f'{n}' 'plain' f'{n}')
for i in range(3):
    print(f'row {i}: {"*" * (i + 1):<4}|')
