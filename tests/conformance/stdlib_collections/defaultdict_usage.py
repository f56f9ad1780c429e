# stdlib_collections: defaultdict with list/int/set/lambda factories, missing-key behaviour
from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'bob', 'avocado', 'banana', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['zzz'], len(groups), 'zzz' in groups)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(dict(counts), counts.default_factory.__name__)
tags = defaultdict(set)
tags['x'].add(1)
tags['x'].add(1)
tags['y'].add(2)
print({k: sorted(v) for k, v in tags.items()})
d = defaultdict(lambda: 'N/A')
d['a'] = 'set'
print(d['a'], d['b'], dict(d))
nodef = defaultdict()
try:
    nodef['missing']
except KeyError as e:
    print(type(e).__name__, e)
print(counts.get('zz'), 'zz' in counts)
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t['a']), isinstance(t, dict))
