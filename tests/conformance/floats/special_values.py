# floats: inf, nan and negative zero behaviour
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, repr(inf), float('-inf'), float('NaN'), float('Infinity'))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 400, -inf < -10 ** 400)
print(inf == inf, inf > 1e308, max(1.0, inf), min(-inf, 0))
x = nan
print(x is x, x == x, [x] == [x], [nan] == [float('nan')])
print(-0.0, 0.0 == -0.0, str(-0.0), -0.0 + 0.0, abs(-0.0))
print(1 / -inf, round(-0.4), round(-0.4, 0))
print(5.0 // inf, -5.0 // inf, 5.0 % inf, -5.0 % inf)
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(bool(nan), bool(-0.0), bool(inf))
print(sorted([3.0, -inf, 1.5, inf, -0.0]))
print(inf.is_integer(), (2.0).is_integer(), (2.5).is_integer())
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__)
