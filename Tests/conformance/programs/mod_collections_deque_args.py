# deque argument checking: indexes, counts and maxlen of the wrong type.
from collections import deque
d = deque([1, 2, 3])
calls = [lambda: d.rotate('a'), lambda: d.insert('a', 1), lambda: d.index(1, 'a'),
         lambda: d.index(1, 0, 'b'), lambda: d.rotate(1.5), lambda: d[1.0], lambda: d * 'x',
         lambda: deque([], 2.0), lambda: deque(maxlen=-5), lambda: d.extend(5), lambda: 2.5 * d]
for f in calls:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d.rotate(True)
print(d, d.index(3, -5, 100), d.index(2, True), d[True], d * True)
class Idx:
    def __index__(self):
        return 1
print(d[Idx()], d * Idx(), d.index(1, Idx()))
d.insert(Idx(), 'i')
print(d)
