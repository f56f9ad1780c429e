# stdlib_sys: len(argv), maxsize, stdout.write return value, version_info major
import sys
print(len(sys.argv), sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
n = sys.stdout.write('written directly\n')
print(n)
sys.stdout.write('no newline, ')
sys.stdout.write('then newline\n')
print(sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 0))
print(sys.maxsize + 1, -sys.maxsize - 1)
print(isinstance(sys.argv, list), sys.argv[0].endswith('.py'))
print('done', file=sys.stdout)
