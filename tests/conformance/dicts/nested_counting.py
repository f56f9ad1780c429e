# dicts: counting, grouping and nested dicts built in loops
text = 'the cat and the hat and the bat'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(tree)
matrix = {r: {c: r * c for c in range(3)} for r in range(3)}
print(matrix[2][2], matrix[1])
print(len(counts), 'cat' in counts, counts.keys() - {'the'} == {'cat', 'and', 'hat', 'bat'})
