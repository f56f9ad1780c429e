match = 1
case = 2
type = 3
print = 4
_ = 5
match(x)
match.group(1)
type(x).__name__
t = type(obj)
case, match = 1, 2
def type(x): return x
print(match, case)
