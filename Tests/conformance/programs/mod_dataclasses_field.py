# field(): default, default_factory, repr=, compare=, init=.
from dataclasses import dataclass, field, fields
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    secret: str = field(default='s', repr=False)
    stamp: int = field(default=0, compare=False)
    computed: int = field(init=False, default=-1)
a = Inventory('a')
b = Inventory('a')
a.items.append(1)
print(a, b, a.items is b.items)
print(Inventory('x', stamp=5) == Inventory('x', stamp=6), Inventory('x', secret='q') == Inventory('x'))
print(a.computed, Inventory.computed, Inventory.secret)
print([(f.name, f.default, f.repr, f.compare, f.init) for f in fields(Inventory)])
print(fields(a)[1].default_factory is list)
@dataclass
class Counter:
    n: int = field(default_factory=lambda: 42)
    log: dict = field(default_factory=dict, init=False)
c = Counter()
c.log['k'] = 1
print(c, Counter(7), Counter().log)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(Inventory, 'items'), Inventory.__init__.__qualname__ if False else 'ok')
