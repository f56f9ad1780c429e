# functions: an uncaught TypeError for a missing argument exits with status 1
def area(width, height):
    return width * height
def describe(w, h=None):
    if h is None:
        return area(w)
    return area(w, h)
print(area(3, 4))
print(area(width=2, height=5))
print(describe(2, 3))
print(describe(7))
print('never')
