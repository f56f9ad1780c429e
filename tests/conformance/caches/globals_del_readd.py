# caches: global loads specialized on the module dict's layout while other globals are deleted
# and re-added (moving entries), the read global itself is deleted and re-created, and a
# builtin name is shadowed and unshadowed from inside a function via `global`; new globals
# are added mid-loop so that the module dict grows
G0 = 'g0'
G1 = 'g1'
G2 = 'g2'
G3 = 'g3'

def read():
    try:
        return G2 + '/' + G3
    except NameError as e:
        return 'NameError:' + str(e)

def mutate(i):
    global G0, G1, G2, G3, abs
    if i == 20:
        del G0
    if i == 30:
        G0 = 'g0-back'
    if i == 40:
        del G2
        G2 = 'g2-moved'
    if i == 50:
        del G3
    if i == 60:
        G3 = 'g3-new'
        del G1
    if i == 70:
        abs = lambda v: 'global-abs'
    if i == 80:
        del abs
    if i == 45:
        grow_globals()
    for k in range(i % 3):
        globals_grow.append(k)

def grow_globals():
    global H0, H1, H2, H3, H4, H5, H6, H7, H8, H9, H10, H11, H12, H13, H14, H15
    H0 = H1 = H2 = H3 = H4 = H5 = H6 = H7 = 'h'
    H8 = H9 = H10 = H11 = H12 = H13 = H14 = H15 = 'h'

globals_grow = []
def use_abs():
    return abs(-5)

out = []
for i in range(100):
    mutate(i)
    out.append((read(), use_abs()))
for j in (19, 20, 30, 39, 40, 44, 45, 46, 49, 50, 59, 60, 69, 70, 79, 80, 99):
    print(j, out[j])
print(G0, G2, G3, H15, len(globals_grow))
