# stdlib_functools: cmp_to_key for custom sort orders, total_ordering
from functools import cmp_to_key, total_ordering
def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'yam']
print(sorted(words, key=cmp_to_key(by_len_then_rev)))
print(sorted([5, 2, 9], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, o):
        return self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __repr__(self):
        return f'Money({self.cents})'
a, b = Money(100), Money(250)
print(a < b, a <= b, a > b, a >= b, a == Money(100), a != b)
print(sorted([b, a, Money(5)]), max(a, b))
