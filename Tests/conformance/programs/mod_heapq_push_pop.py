# heapq.heappush / heappop: the heap invariant, the list's layout, tuples as priorities.
import heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (3, 'review')]:
    heapq.heappush(tasks, (prio, name))
print(tasks)
while tasks:
    print(heapq.heappop(tasks), end=' ')
print()
words = []
for w in 'the quick brown fox jumps over the lazy dog'.split():
    heapq.heappush(words, w)
print(words[0], [heapq.heappop(words) for _ in range(4)], len(words))
f = []
for x in [2.5, 1, True, 0.5, 3]:
    heapq.heappush(f, x)
print(f, heapq.heappop(f), f)
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
mixed = [1]
try:
    heapq.heappush(mixed, 'a')
except TypeError as e:
    print(e, mixed)
one = [42]
print(heapq.heappop(one), one)
class MyList(list):
    pass
ml = MyList([3])
heapq.heappush(ml, 1)
print(ml, type(ml).__name__, heapq.heappop(ml))
