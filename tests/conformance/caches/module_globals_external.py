# caches: functions of another module read that module's globals (and builtins) in hot loops
# while this program rebinds, adds and deletes attributes of that module mid-loop
import _cache_helper_mod as hm
from _cache_helper_mod import scaled as scaled_alias

out = []
for i in range(150):
    if i == 50:
        hm.SCALE = 10
    if i == 100:
        hm.SCALE = 'ab'
    out.append((hm.scaled(i % 7), scaled_alias(1)))
print(out[49:51], out[99:101])

lens = []
for i in range(120):
    if i == 40:
        hm.len = lambda s: 'module-len'
    if i == 80:
        del hm.len
    lens.append(hm.uses_len('abc'))
print(lens[39:41], lens[79:81])

hs = []
orig = hm.helper
for i in range(120):
    if i == 40:
        hm.helper = lambda: 'helper-v2'
    if i == 80:
        del hm.helper
    try:
        hs.append(hm.calls_helper())
    except NameError as e:
        hs.append('NameError:' + str(e))
print(hs[39:41], hs[79:81])
hm.helper = orig
print(hm.calls_helper())

t = hm.Thing()
ds = []
for i in range(90):
    if i == 30:
        hm.Thing.kind = 'changed'
    if i == 60:
        hm.Thing = type('Other', (), {'describe': lambda self: 'other'})
    ds.append((t.describe(), hm.Thing().describe()))
print(ds[29:31], ds[59:61])
