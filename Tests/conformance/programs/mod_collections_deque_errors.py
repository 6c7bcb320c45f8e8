# deque error messages.
from collections import deque
d = deque([1, 2, 3])
tests = [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: d[3],
    lambda: d[-4],
    lambda: d.index(9),
    lambda: d.remove(9),
    lambda: d['a'],
    lambda: d + [4],
    lambda: deque(1),
    lambda: deque([], maxlen='x'),
    lambda: d.index(1, 1),
]
for t in tests:
    try:
        print(t())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(d)
deque([1]).popleft()
deque().pop()
