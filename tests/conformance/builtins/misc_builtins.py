# builtins: vars, dir-free introspection, isinstance with tuples, input-free utilities, slice, range
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
print(vars(P()), sorted(vars(P()).keys()))
print(slice(3), slice(1, 2, 3).step, range(3)[::-1], list(range(10))[slice(2, 8, 2)])
print(isinstance(3, (list, int)), isinstance('s', (int, float)), issubclass(int, (str, object)))
print(divmod(9, 4), pow(9, 0.5), abs(-2 ** 0.5), round(1.23456, 3), max(range(5)), min('zyx'))
nums = [4, 8, 15, 16, 23, 42]
print(sum(nums) / len(nums), max(nums) - min(nums), sorted(nums, key=lambda n: n % 5))
print(list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')])))
print(dict(enumerate('abc')), list(map(pow, [2, 3], [3, 2])), list(filter(str.isdigit, 'a1b22c')))
print(all(map(str.isalpha, ['ab', 'cd'])), any(map(str.isdigit, 'abc')))
print(repr(str(repr('x'))), str(repr(str(5))))
