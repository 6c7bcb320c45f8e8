# frozen=True: assignment and deletion fail with FrozenInstanceError; hashable.
from dataclasses import dataclass, FrozenInstanceError, field
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0
c = Coord(1.5)
print(c, hash(c) == hash((1.5, 0.0)), {c: 'here'}[Coord(1.5, 0.0)])
for action in ('set', 'del', 'new'):
    try:
        if action == 'set':
            c.lat = 2
        elif action == 'del':
            del c.lon
        else:
            c.other = 1
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(c)
@dataclass(frozen=True)
class Tagged:
    name: str
    tags: tuple = field(default=())
    def with_tag(self, t):
        return Tagged(self.name, self.tags + (t,))
t = Tagged('x').with_tag('a').with_tag('b')
print(t, len({Tagged('x'), Tagged('x'), Tagged('y')}))
@dataclass(frozen=True)
class Derived(Coord):
    alt: int = 0
print(Derived(1.0, 2.0, 3), hash(Derived(1, 2, 3)) == hash((1, 2, 3)))
Coord()
