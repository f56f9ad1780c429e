# closures: late binding of loop variables, capturing via defaults or factories
fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])
i = 'rebound'
print([f() for f in fs])
gs = [(lambda j: lambda: j)(i) for i in range(4)]
print([g() for g in gs])
def factory(n):
    return lambda: n * 10
print([factory(k)() for k in range(3)])
def shared():
    fns = []
    val = 0
    for _ in range(3):
        val += 1
        fns.append(lambda: val)
    return fns
print([f() for f in shared()])
def cell_update():
    x = 1
    get = lambda: x
    x = 2
    return get()
print(cell_update())
