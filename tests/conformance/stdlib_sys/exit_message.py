# stdlib_sys: sys.exit with a string prints it to stderr and exits with status 1
import sys
def check(config):
    if 'path' not in config:
        sys.exit('fatal: configuration missing')
    return config['path']
print(check({'path': '/tmp'}))
print('about to exit with a message')
try:
    check({})
finally:
    print('finally before exit')
print('never')
