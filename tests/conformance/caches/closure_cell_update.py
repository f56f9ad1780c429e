# caches: closure cells and default args modified mid-loop; function __code__-free redefinition
def make():
    k = 1
    def get():
        return k
    def set_k(v):
        nonlocal k
        k = v
    return get, set_k
get, set_k = make()
out = []
for i in range(1500):
    if i == 500:
        set_k('two')
    if i == 1000:
        set_k(3.0)
    out.append(get())
print(out[499], out[500], out[999], out[1000])
def withdef(x, inc=1):
    return x + inc
vals = []
for i in range(900):
    if i == 450:
        withdef.__defaults__ = (100,)
    vals.append(withdef(0))
print(vals[449], vals[450], sum(vals))
