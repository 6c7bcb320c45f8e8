# deque.rotate both ways, by more than the length, on empty deques; reverse.
from collections import deque
d = deque(range(7))
for n in (1, 3, -2, 7, 15, -15, 0):
    d.rotate(n)
    print(n, d)
e = deque()
e.rotate(5)
print(e)
one = deque([1])
one.rotate(-3)
print(one)
d.reverse()
print(d)
d = deque('abcde')
d.rotate()
print(''.join(d))
# a sliding window sum
window = deque(maxlen=3)
sums = []
for x in [5, 1, 4, 2, 8, 3]:
    window.append(x)
    sums.append(sum(window))
print(sums)
