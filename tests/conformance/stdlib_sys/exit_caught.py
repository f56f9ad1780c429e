# stdlib_sys: SystemExit from sys.exit can be caught; sys.exit(0) ends with status 0
import sys
for code in [0, 2, None, 'text']:
    try:
        sys.exit(code)
    except SystemExit as e:
        print('caught SystemExit', repr(e.code))
print('continuing')
sys.exit(0)
print('unreachable')
