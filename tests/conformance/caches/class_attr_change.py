# caches: changing a class attribute mid-loop, shadowing it per-instance, deleting the shadow
class Config:
    rate = 10
class Job:
    def cost(self, units):
        return units * Config.rate
j = Job()
costs = []
for i in range(2000):
    if i == 700:
        Config.rate = 25
    if i == 1400:
        Config.rate = 1.5
    costs.append(j.cost(2))
print(costs[699], costs[700], costs[1399], costs[1400], sum(costs))
class Shape:
    sides = 0
sq = Shape()
trace = []
for i in range(900):
    if i == 300:
        sq.sides = 4
    if i == 600:
        del sq.sides
        Shape.sides = 3
    trace.append(sq.sides)
print(trace[299], trace[300], trace[599], trace[600], trace.count(4))
