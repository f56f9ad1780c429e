# sets: sets of strings (printed sorted), dedup, membership, set comprehension
words = 'the quick brown the lazy dog the quick end'.split()
uniq = set(words)
print(len(words), len(uniq), sorted(uniq))
print('dog' in uniq, 'cat' in uniq)
vowels = set('aeiou')
print(sorted(set('programming') & vowels), sorted(set('programming') - vowels))
lengths = {len(w) for w in words}
print(sorted(lengths))
first = {w[0] for w in words}
print(sorted(first), ''.join(sorted(first)))
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
a = {'x', 'y', 'z'}
b = frozenset({'y', 'w'})
print(sorted(a | b), sorted(a & b), sorted(b - a), type(b | a).__name__, type(a | b).__name__)
print(len(set('mississippi')), sorted(set('mississippi')))
