# tier2: a module's globals dict edited directly through module.__dict__ / vars(module) while a
# hot loop calls that module's functions: rebinding, update(), del and re-add, a builtin shadowed
# through the dict, and many new keys (dict resizes); guards on the globals version must notice
import _tier2_globals as g
G = g.__dict__
seen = []
for i in range(600):
    m = g.mode()
    if i == 200:
        G['MODE'] = 'b'
    if i == 400:
        vars(g).update(MODE='c', OTHER=1)
    if not seen or seen[-1][1] != m:
        seen.append((i, m))
print(seen, g.OTHER)

# delete a global through the dict and re-add it later
got = []
for i in range(600):
    if i == 250:
        del G['VAL']
    if i == 350:
        G['VAL'] = 20
    try:
        got.append(g.val())
    except NameError as e:
        got.append(str(e))
print(got[249], got[250], got[349], got[350], got.count(10), got.count(20))

# a global that shadows a builtin added through the dict, then popped
ls = []
for i in range(400):
    if i == 100:
        G['len'] = lambda s: 0
    if i == 300:
        G.pop('len')
    ls.append(g.length('four'))
print(ls[99], ls[100], ls[299], ls[300], sum(ls))

# many unrelated globals added in a loop (dict resizes) while another global is read
tot = 0
for i in range(600):
    G['tmp_%d' % i] = i
    tot += g.read_base()
    if i == 500:
        G['BASE'] = -7
print(tot, g.tmp_599, len([k for k in G if k.startswith('tmp_')]))
