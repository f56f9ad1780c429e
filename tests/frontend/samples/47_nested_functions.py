def outer(a):
    b = a
    def middle():
        nonlocal b
        def inner():
            return b
        b += 1
        return inner
    class Local:
        def method(self):
            return a
    return middle, Local
g = (lambda x: (lambda: x))(1)
