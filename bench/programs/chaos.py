# Chaos game / iterated function system fractal: repeatedly apply randomly
# chosen affine maps to a point and accumulate hits in a pixel grid. Exercises
# a self-contained LCG (integer mul/mod), float math, small objects and lists.
import sys


class Rng:
    # 31-bit linear congruential generator (deterministic, core language only)
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def next_int(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def next_float(self):
        return self.next_int() / 2147483648.0


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
        self.weight = weight

    def apply(self, x, y):
        return (self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f)


class Chaos:
    def __init__(self, maps, width, height, rng):
        self.maps = maps
        total = 0.0
        for m in maps:
            total += m.weight
        self.cumulative = []
        acc = 0.0
        for m in maps:
            acc += m.weight / total
            self.cumulative.append(acc)
        self.width = width
        self.height = height
        self.grid = [[0] * width for _ in range(height)]
        self.rng = rng
        self.minx = -3.0
        self.maxx = 3.0
        self.miny = -0.5
        self.maxy = 10.5

    def choose(self):
        r = self.rng.next_float()
        cum = self.cumulative
        for i in range(len(cum)):
            if r < cum[i]:
                return self.maps[i]
        return self.maps[-1]

    def plot(self, x, y):
        px = int((x - self.minx) / (self.maxx - self.minx) * self.width)
        py = int((y - self.miny) / (self.maxy - self.miny) * self.height)
        if 0 <= px < self.width and 0 <= py < self.height:
            row = self.grid[py]
            row[px] += 1
            return True
        return False

    def run(self, iterations):
        x = 0.0
        y = 0.0
        inside = 0
        for i in range(iterations):
            m = self.choose()
            x, y = m.apply(x, y)
            if i >= 20 and self.plot(x, y):
                inside += 1
        return inside

    def checksum(self):
        h = 0
        lit = 0
        for j in range(self.height):
            row = self.grid[j]
            for i in range(self.width):
                v = row[i]
                if v:
                    lit += 1
                    h = (h * 131 + v * (i + 1) + j) % 1000000007
        return lit, h


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    # Barnsley fern coefficients
    maps = [
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]
    game = Chaos(maps, 120, 200, Rng(1234))
    inside = game.run(n)
    lit, h = game.checksum()
    print("points", n, "inside", inside, "lit", lit)
    print("checksum", h)


main()
