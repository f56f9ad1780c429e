# caches: replacing a method on the class mid-loop must be seen by the next call
class Greeter:
    def greet(self):
        return 'v1'
def greet_v2(self):
    return 'v2'
g = Greeter()
seen = []
for i in range(2000):
    r = g.greet()
    if i == 999:
        Greeter.greet = greet_v2
    if not seen or seen[-1][1] != r:
        seen.append((i, r))
print(seen)
class Sub(Greeter):
    pass
s = Sub()
out = []
for i in range(600):
    out.append(s.greet())
    if i == 200:
        Sub.greet = lambda self: 'sub'
    if i == 400:
        del Sub.greet
print(out[199:203], out[399:403], out[-1])
