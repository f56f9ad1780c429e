# control_flow: del in loops, pass placeholders, ellipsis, empty bodies
def todo():
    pass
class Nothing:
    pass
print(todo(), Nothing.__name__)
def stub():
    ...
print(stub(), ..., type(...).__name__, Ellipsis is ...)
data = {'a': 1, 'b': 2, 'c': 3}
for k in list(data):
    if k != 'b':
        del data[k]
print(data)
nums = list(range(10))
del nums[::3]
print(nums)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
if True:
    pass
else:
    print('unreachable')
for _ in range(3):
    pass
while False:
    pass
print('end')
