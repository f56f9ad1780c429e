x = 1
y = 2
a = f'''
{x}
  {y}
'''
b = (f'{x}'
     f'{y}'
     '!')
c = f"""{
    x
}"""
d = f"""start {x +
y} end"""
def f():
    return f'''
        {x!r:>{y}}
    '''
