# strings: printf-style % formatting
print('%s and %s' % ('spam', 'eggs'))
print('%d items at %.2f each = %8.3f' % (3, 1.5, 4.5))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %o %#x %#o %e %E %g %G' % (255, 255, 8, 255, 8, 12345.678, 0.00012, 12345.678, 1e-10))
print('%r %s %a' % ('hi', 'hi', 'é'))
print('%c%c' % (72, 'i'), '%%', '%5.1f%%' % 99.5)
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%s' % [1, 2], '%s' % (1,), '%s' % None, '%.3s' % 'abcdef', '%10.4s|' % 'abcdef')
print('%i %u' % (-3, 7), '%.0f %.0f' % (0.5, 1.5), '%d' % 3.9, '%s' % 3.0)
print('%*d|%-*d|' % (6, 1, 4, 2))
for bad in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b'))]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print(type(e).__name__, e)
