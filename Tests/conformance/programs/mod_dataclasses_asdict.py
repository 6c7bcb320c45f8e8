# asdict and astuple recurse into dataclasses, lists, tuples, dicts; copies values.
from dataclasses import dataclass, field, asdict, astuple
from collections import namedtuple
Pair = namedtuple('Pair', 'a b')
@dataclass
class Inner:
    v: int
    tags: list = field(default_factory=list)
@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    mapping: dict
    pair: Pair = Pair(1, 2)
o = Outer('o', Inner(1, ['t']), [Inner(2), 3], {'k': Inner(3)})
d = asdict(o)
print(d)
print(astuple(o))
d['inner']['tags'].append('changed')
print(o.inner.tags, type(d['pair']).__name__)
print(asdict(Inner(5), dict_factory=lambda items: sorted(items)))
print(astuple(Inner(5, [1]), tuple_factory=list))
for bad in (Inner, 5, {'v': 1}):
    try:
        asdict(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    astuple(None)
except TypeError as e:
    print(type(e).__name__, e)
