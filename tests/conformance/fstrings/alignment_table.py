# fstrings: building an aligned table with computed widths
rows = [('Widget', 4, 3.5), ('Gadget', 12, 12.25), ('Thingamajig', 1, 199.0)]
w = max(len(r[0]) for r in rows)
print(f'{"name":<{w}} | {"qty":>4} | {"price":>8} | {"total":>9}')
print(f'{"":-<{w}}-+-{"":->4}-+-{"":->8}-+-{"":->9}')
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f'{name:<{w}} | {qty:>4d} | {price:>8.2f} | {total:>9,.2f}')
print(f'{"TOTAL":>{w}} | {"":>4} | {"":>8} | {grand:>9,.2f}')
print(f'{"centered":^{w + 4}}|')
for i, pct in enumerate([0.05, 0.5, 0.999]):
    print(f'{i:02d} {pct:>7.1%} {"#" * int(pct * 20):<20}|')
