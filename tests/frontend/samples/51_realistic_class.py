import math
from dataclasses import dataclass, field
from typing import Optional


class Vector:
    __slots__ = ('x', 'y')

    def __init__(self, x: float = 0.0, y: float = 0.0) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: 'Vector') -> 'Vector':
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f'Vector({self.x!r}, {self.y!r})'

    @property
    def length(self) -> float:
        return math.hypot(self.x, self.y)

    @classmethod
    def zero(cls):
        return cls()


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    parent: Optional['Point'] = None


def main(argv=None):
    vs = [Vector(i, -i) for i in range(5)]
    total = sum((v for v in vs), Vector())
    print(total, total.length)
    try:
        1 / 0
    except ZeroDivisionError as e:
        print('caught', type(e).__name__)
    finally:
        print('done')
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
