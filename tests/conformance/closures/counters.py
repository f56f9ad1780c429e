# closures: nonlocal counters, independent closure cells
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_acc():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total, len(items)
    return add
acc = make_acc()
for v in [3, 4, 5]:
    print(acc(v))
print(c1.__closure__ is not None, len(acc.__closure__))
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    return middle(), x
print(outer())
