# fstrings: number formatting types for ints and floats
vals = [0, 7, -7, 255, 65536, 10 ** 12]
for v in vals:
    print(f'{v:d}|{v:6d}|{v:,}|{v:x}|{v:#o}|{v:b}|{v:e}|{v:.2f}')
fl = [0.1, -2.5, 1234.5678, 1e-7, 1e16, 123456789.123]
for v in fl:
    print(f'{v}|{v:f}|{v:.3f}|{v:e}|{v:g}|{v:.3g}|{v:%}|{v:,.1f}')
print(f'{1e100:.2e}', f'{2 ** 70:,}', f'{2 ** 70:e}', f'{-(2 ** 40):_x}')
print(f'{65:c}', f'{9731:c}', f'{True:d}', f'{False:>5}', f'{True:>5}')
try:
    print(f'{3.5:d}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{"s":f}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{10:,d}', f'{"abc":=5}')
except ValueError as e:
    print(type(e).__name__, e)
