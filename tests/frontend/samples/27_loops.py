for x in y:
    pass
for x, y in z:
    break
for (a, b) in c:
    continue
for x in 1, 2, 3:
    pass
for x in y:
    pass
else:
    pass
while True:
    break
while x:
    x -= 1
else:
    done = True
for i in range(10):
    if i:
        continue
    for j in range(i):
        break
for x.y in z: pass
for x[0] in z: pass
for *a, b in c: pass
