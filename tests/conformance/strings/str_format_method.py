# strings: str.format with positional, keyword, indexing, attributes, specs
print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('a', 'b'))
print('{name} is {age}'.format(name='Bo', age=4), '{0[1]} {0[0]}'.format(['x', 'y']))
print('{d[key]} {d[n]}'.format(d={'key': 'v', 'n': 5}))
class P:
    x = 3
    y = 4
print('{p.x},{p.y}'.format(p=P()))
print('{:>8}|{:<8}|{:^8}|{:*^9}'.format('r', 'l', 'c', 'mid'))
print('{:.3f} {:10.2f} {:e} {:.2%} {:,} {:_}'.format(3.14159, 2.5, 1234.5, 0.256, 1234567, 1000000))
print('{:b} {:o} {:x} {:X} {:#b} {:#x} {:08.3f} {:+d}'.format(10, 10, 255, 255, 5, 255, -3.14159, 7))
print('{!r} {!s} {!a}'.format('q', 'q', 'ü'))
print('{{literal}} {}'.format(1), '{:{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{0:d}-{0:x}-{0:o}'.format(100))
try:
    '{} {}'.format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    '{missing}'.format(present=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    '{:d}'.format('text')
except ValueError as e:
    print(type(e).__name__, e)
print(format(42, '06d'), format(0.5, '.1%'), format('s', '>3'), format(1234.5678, ',.2f'))
