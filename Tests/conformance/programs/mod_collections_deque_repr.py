# deque repr: nested, recursive, maxlen, subclass.
from collections import deque
d = deque([1, 'a', (2, 3), [4]])
print(repr(d), str(d))
d.append(d)
print(d)
print(deque([deque([1]), deque([], maxlen=2)]))
class Q(deque):
    pass
q = Q([1, 2], maxlen=4)
print(q, type(q).__name__, isinstance(q, deque), q.maxlen)
q.append(3)
print(q, len(q), q.pop())
print(type(deque()), deque.__name__)
print(deque(range(3)).copy(), Q([5]).copy())
