# total_ordering: NotImplemented passed on, a class defining several roots, no root at all.
from functools import total_ordering
@total_ordering
class Picky:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if not isinstance(o, Picky): return NotImplemented
        return self.v < o.v
print(Picky(1) >= Picky(1), Picky.__ge__(Picky(1), 5), Picky.__gt__(Picky(1), 'x'))
try:
    Picky(1) > 3
except TypeError as e:
    print(e)
@total_ordering
class Both:
    def __lt__(self, o): return 'lt'
    def __gt__(self, o): return 'gt'
print(Both() < Both(), Both() > Both(), Both() <= Both(), Both() >= Both())
try:
    total_ordering(type('Nothing', (), {}))
except ValueError as e:
    print(e)
print(sorted([Picky(3), Picky(1), Picky(2)])[0].v, max(Picky(4), Picky(9)).v, min(Picky(4), Picky(9)).v)
