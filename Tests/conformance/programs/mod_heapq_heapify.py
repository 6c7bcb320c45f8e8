# heapq.heapify, heapreplace and heappushpop.
import heapq
for data in [[], [1], [3, 1], [9, 8, 7, 6, 5, 4, 3, 2, 1], [5, 5, 1, 5, 1], list(range(20, 0, -3))]:
    d = list(data)
    heapq.heapify(d)
    print(d, all(d[(i - 1) // 2] <= d[i] for i in range(1, len(d))))
big = [(i * 7919) % 1009 for i in range(3000)]
heapq.heapify(big)
print(big[:8], sorted(big)[:8] == [heapq.heappop(big) for _ in range(8)])
h = [1, 3, 5, 7]
print(heapq.heapreplace(h, 6), h, heapq.heapreplace(h, 0), h)
h = [1, 3, 5, 7]
print(heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 4), h, heapq.heappushpop(h, 1), h)
print(heapq.heappushpop([], 9))
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print(e)
top3 = []
for x in [5, 1, 9, 3, 7, 8, 2]:
    if len(top3) < 3:
        heapq.heappush(top3, x)
    else:
        heapq.heappushpop(top3, x)
print(sorted(top3, reverse=True))
try:
    heapq.heapify([3, 'a', 1])
except TypeError as e:
    print(e)
s = ['pear', 'fig', 'apple', 'kiwi']
heapq.heapify(s)
print(s, heapq.heapreplace(s, 'zz'), s)
