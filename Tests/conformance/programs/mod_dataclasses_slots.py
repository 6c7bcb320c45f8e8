# dataclass(slots=True): a new class with the fields as __slots__.
from dataclasses import dataclass, fields
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
p = P(1)
print(P.__slots__, p, hasattr(p, '__dict__'), P(1) == P(1, 0), [f.name for f in fields(P)])
try: p.z = 1
except AttributeError as e: print(e)
p.y = 5; print(p, P.__qualname__, P.__module__)
@dataclass(slots=True, frozen=True)
class F:
    a: int
f = F(1); print(f, hash(f) == hash((1,)))
try: f.a = 2
except Exception as e: print(type(e).__name__, e)
@dataclass(slots=True)
class C(P):
    z: int = 5
print(C.__slots__, C(1, 2, 3), isinstance(C(1), P))
try:
    @dataclass(slots=True)
    class S:
        __slots__ = ('x',)
        x: int
except TypeError as e: print(e)
@dataclass(slots=True, order=True)
class O:
    k: str
    v: list = None
print(sorted([O('b'), O('a')]), O('a').__match_args__)
