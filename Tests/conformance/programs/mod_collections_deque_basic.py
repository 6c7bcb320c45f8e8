# deque: both ends, len, indexing, in, iteration, reversed.
from collections import deque
d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[3])
print(d.pop(), d.popleft(), d)
print(3 in d, 9 in d, list(d), list(reversed(d)))
d.extend('ab')
d.extendleft('xy')
print(d)
d[1] = 'X'
del d[0]
print(d, d.count(0), d.index(0))
print(deque('hello'), deque(range(3)), deque(), bool(deque()), bool(deque([0])))
d2 = d.copy()
d2.append('new')
print(d == d2, len(d), len(d2), d2[-1])
d.clear()
print(d, len(d))
