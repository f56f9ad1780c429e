if (n := len(a)) > 10:
    pass
while (line := f()):
    pass
print(y := 5)
x = [y := 1, y ** 2]
z = (a := 1, b := 2)
w = {(k := 1): 2}
