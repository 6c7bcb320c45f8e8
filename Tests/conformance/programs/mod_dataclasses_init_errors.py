# Calling the generated __init__ wrongly: CPython's TypeError messages.
from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int
    z: int = 3
calls = [((), {}), ((1,), {}), ((1, 2, 3, 4), {}), ((1, 2), {'q': 0}), ((1, 2), {'x': 5}),
         ((), {'y': 1}), ((1, 2, 3), {'z': 4})]
for args, kwargs in calls:
    try:
        print(P(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
@dataclass
class One:
    a: int
try:
    One(1, 2)
except TypeError as e:
    print(e)
@dataclass
class NoArgs:
    v: list = field(default_factory=list)
try:
    NoArgs([], [])
except TypeError as e:
    print(e)
@dataclass
class Three:
    a: int
    b: int
    c: int
Three()
