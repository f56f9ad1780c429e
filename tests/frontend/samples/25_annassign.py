x: int
y: int = 5
z: list[int] = []
(w): int = 1
a.b: str = 'x'
a[0]: float
t: tuple = 1, 2
def f():
    v: int
    u: 'str' = 'a'
class C:
    attr: int = 0
    other: dict[str, int]
