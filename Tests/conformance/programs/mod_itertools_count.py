# itertools.count: ints, floats, big ints, negative steps, reprs as it advances.
from itertools import count, islice
print(list(islice(count(), 5)))
print(list(islice(count(10), 3)), list(islice(count(5, 3), 4)))
print(list(islice(count(1, -2), 4)), list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(2.0), 3)), list(islice(count(1, 0.5), 3)))
c = count(7)
print(c, next(c), next(c), c)
print(count(3, 2), count(1.5), count(1, 1.0), count(0, 0), count(-1, -1))
print(count(start=4, step=3), count(step=5), count(True), count(1, True))
big = count(2 ** 63 - 2)
print([next(big) for _ in range(4)])
huge = count(10 ** 20, 10 ** 19)
print(next(huge), next(huge), huge)
z = count(5, 0)
print(next(z), next(z), z)
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __add__(self, other): return Num(self.v + (other.v if isinstance(other, Num) else other))
    def __repr__(self): return f'Num({self.v})'
n = count(Num(1), Num(2))
print(next(n), next(n), n)
for bad in ['a', None, [1]]:
    try:
        count(bad)
    except TypeError as e:
        print('start', repr(bad), e)
try:
    count(1, 'x')
except TypeError as e:
    print(e)
for call in [lambda: count(1, 2, 3), lambda: count(x=1), lambda: count(1, start=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(type(count()).__name__, iter(c) is c, list(zip('abc', count(1))))
