# order=True: <, <=, >, >= compare field tuples of the same class; sorting.
from dataclasses import dataclass, field
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
vs = [Version(1, 2), Version(0, 9), Version(1, 0, 'rc'), Version(1, 2, 'final')]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) <= Version(2), Version(3) > Version(2, 9), Version(1) >= Version(1, 1))
print(max(vs), min(vs), Version(1, 2, 'a') == Version(1, 2, 'b'))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True)
    class Clash:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Plain:
    x: int
try:
    Plain(1) < Plain(2)
except TypeError as e:
    print(type(e).__name__, e)
