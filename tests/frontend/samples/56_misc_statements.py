if x: pass
elif y: pass
else: pass
while 0: pass
for _ in (): pass
try: pass
except: pass
with x: pass
class A: x = 1
def f(): return
x = 1; y = 2;
import sys; print(sys.argv)
