# errors: TypeError messages for unsupported operations (caught), then uncaught
cases = [
    lambda: 1 + 'a',
    lambda: [1] * 'x',
    lambda: None < 1,
    lambda: {} + {},
    lambda: -'s',
    lambda: ~1.5,
    lambda: len(None),
    lambda: 'x'[None],
    lambda: (1, 2)[1.0],
    lambda: {}[[]],
    lambda: 3 % 'a',
    lambda: 'a' % 3,
    lambda: [1, 2] - [1],
    lambda: object() + 1,
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
print('uncaught:')
print('total: ' + 42)
