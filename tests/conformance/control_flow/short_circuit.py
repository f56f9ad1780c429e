# control_flow: and/or short-circuit returning operands, not, conditional evaluation order
def t(v):
    print('  eval', v)
    return v
print(t(0) and t(1))
print(t(2) and t(3))
print(t('') or t('x'))
print(t('y') or t('z'))
print(t(None) or t(0) or t([]))
print(not t(0), not t('s'))
x = [] or {} or 'fallback'
y = 5 and 'last'
print(x, y)
print(t(1) if t(True) else t(2))
print(t(False) or t(1) and t(0))
print(all(t(v) for v in [1, 0, 1]), any(t(v) for v in [0, 2, 3]))
d = {}
key = 'k'
print(key in d and d[key] > 0)
