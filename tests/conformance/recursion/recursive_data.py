# recursion: recursive reprs of self-referencing containers and recursive structure walks
a = [1, 2]
a.append(a)
print(a, len(a), a[2][2][2] is a)
d = {'name': 'root'}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
def flatten_depth(x, depth=0):
    if isinstance(x, list):
        best = depth
        for item in x:
            best = max(best, flatten_depth(item, depth + 1))
        return best
    return depth
print(flatten_depth([1, [2, [3, [4, [5]]]], [6]]))
def tree_sum(node):
    return node['v'] + sum(tree_sum(c) for c in node.get('kids', []))
tree = {'v': 1, 'kids': [{'v': 2}, {'v': 3, 'kids': [{'v': 4}, {'v': 5, 'kids': [{'v': 6}]}]}]}
print(tree_sum(tree))
