# The __hash__ rules: eq without frozen -> unhashable; unsafe_hash; explicit __hash__.
from dataclasses import dataclass, field
@dataclass
class Mutable:
    x: int
print(Mutable.__hash__)
try:
    hash(Mutable(1))
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(unsafe_hash=True)
class Forced:
    x: int
    y: list = field(default=None, hash=False)
print(hash(Forced(1)) == hash((1,)), hash(Forced(1, [1])) == hash(Forced(1, [2])))
@dataclass(eq=False)
class Identity:
    x: int
a = Identity(1)
print(a == Identity(1), a == a, {a: 1}[a])
@dataclass
class Explicit:
    x: int
    def __hash__(self):
        return 7
print(hash(Explicit(1)))
@dataclass(frozen=True)
class Frozen:
    x: int
    skip: int = field(default=0, compare=False)
print(hash(Frozen(1, 5)) == hash(Frozen(1, 6)), Frozen(1, 5) == Frozen(1, 6))
try:
    @dataclass(unsafe_hash=True)
    class Both:
        x: int
        def __hash__(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)
