x = 1
a = 'a' f'{x}' 'b'
b = f'{x}' f'{x}'
c = ('lead '
     f'{x} '
     'tail')
d = 'a' f''
e = f'' ''
f = rf'\d{x}'
g = fr"\n{x}"
h = f'''multi
{x}
  line {x!r}'''
i = f"""{
x}"""
j = f'{f"{x}"}'
k = f'{x}' u'u'
