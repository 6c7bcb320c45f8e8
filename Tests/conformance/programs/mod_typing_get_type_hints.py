# get_type_hints: function and class annotations (with bases), None as NoneType, extras stripped.
from typing import get_type_hints, Optional, List, Dict, Annotated, ClassVar

def f(a: int, b: 'str', c: Optional[List[int]] = None) -> None:
    pass

print(get_type_hints(f))

class Base:
    x: int
    y: Dict[str, int] = {}

class Child(Base):
    z: 'float'
    count: ClassVar[int] = 0

print(get_type_hints(Base))
print(get_type_hints(Child))

def g(x: Annotated[int, 'positive'], y: Annotated[List[str], 'names', 'sorted']):
    pass

print(get_type_hints(g))
print(get_type_hints(g, include_extras=True))

def plain(a, b):
    return a

print(get_type_hints(plain), get_type_hints(lambda x: x), get_type_hints(object))

class Empty:
    pass

print(get_type_hints(Empty), f.__annotations__['b'], Child.__annotations__)
