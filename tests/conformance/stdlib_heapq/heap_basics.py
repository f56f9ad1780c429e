# stdlib_heapq: heappush/heappop/heapify produce the exact CPython heap layout
import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, data[0])
print(heapq.heappushpop(data, -1), heapq.heapreplace(data, 100), data)
print(heapq.nsmallest(3, [5, 1, 4, 2, 3]), heapq.nlargest(3, [5, 1, 4, 2, 3]))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len), heapq.nlargest(10, [3, 1]))
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
