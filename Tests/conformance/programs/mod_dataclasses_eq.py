# Generated __eq__: same class only, compare=False fields, eq=False, user __eq__ kept.
from dataclasses import dataclass, field
@dataclass
class A:
    x: int
    note: str = field(default='', compare=False)
@dataclass
class B(A):
    pass
print(A(1) == A(1, 'different'), A(1) == B(1), B(1) == A(1), A(1) != A(2), A(1) == 1)
print(A(1).__eq__(B(1)), A(1).__eq__(5))
print([A(1), A(2)].index(A(2)), A(3) in [A(1), A(3)], [A(1)].count(A(1, 'x')))
@dataclass(eq=False)
class Ident:
    x: int
i = Ident(1)
print(i == Ident(1), i == i, hash(i) == hash(i))
@dataclass
class Loose:
    x: float
    def __eq__(self, other):
        return abs(self.x - other.x) < 0.5
print(Loose(1.0) == Loose(1.2), Loose(1.0) == Loose(2.0), Loose.__hash__)
@dataclass
class Nested:
    items: list
    inner: A
print(Nested([1, 2], A(1)) == Nested([1, 2], A(1, 'z')), Nested([1], A(1)) == Nested([2], A(1)))
@dataclass
class Empty:
    pass
print(Empty() == Empty(), Empty() != Empty())
