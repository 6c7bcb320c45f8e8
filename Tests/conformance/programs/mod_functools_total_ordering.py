# functools.total_ordering: the missing comparisons from each root, NotImplemented, errors.
from functools import total_ordering
def table(cls, make):
    a, b, c = make(1), make(2), make(1)
    return [a < b, a > b, a <= c, a >= b, b >= a, a <= b, b < a, c > a]
@total_ordering
class Lt:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
@total_ordering
class Le:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __le__(self, o): return self.v <= o.v
@total_ordering
class Gt:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
@total_ordering
class Ge:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
for cls in [Lt, Le, Gt, Ge]:
    print(cls.__name__, table(cls, cls), sorted(['__lt__', '__le__', '__gt__', '__ge__'], key=lambda n: n in cls.__dict__))
print(Lt.__gt__.__name__, Ge.__lt__.__name__, Lt.__dict__['__gt__'] is Le.__dict__.get('__gt__'))
