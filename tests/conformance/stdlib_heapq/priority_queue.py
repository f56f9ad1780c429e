# stdlib_heapq: priority queue of tuples, tie-breaking, heap sort, max-heap via negation
import heapq
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (5, 'ship')]:
    heapq.heappush(tasks, (prio, name))
order = []
while tasks:
    order.append(heapq.heappop(tasks))
print(order)
def heapsort(xs):
    h = list(xs)
    heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([5, -1, 3, 3, 0, 12, 7]))
maxh = []
for v in [4, 10, 2, 8]:
    heapq.heappush(maxh, -v)
print([-heapq.heappop(maxh) for _ in range(2)], [-x for x in maxh])
counter = 0
pq = []
for name in ['b', 'a', 'c']:
    heapq.heappush(pq, (0, counter, name))
    counter += 1
print([heapq.heappop(pq)[2] for _ in range(3)])
