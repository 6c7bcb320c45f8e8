# deque(maxlen=): the far end drops out; maxlen in repr; maxlen=0.
from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft('L')
print(d, d.maxlen)
d.extendleft([10, 20])
print(d)
d.extend(range(100))
print(d)
z = deque([1, 2, 3], maxlen=0)
z.append(4)
z.appendleft(5)
print(z, len(z), z.maxlen)
print(deque('abcdef', 2), deque(maxlen=None).maxlen)
last = deque(open_lines := ['a', 'b', 'c', 'd', 'e'], maxlen=2)
print(last, list(last))
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.maxlen = 5
except AttributeError as e:
    print(type(e).__name__)
