# Frozen / non-frozen inheritance errors and __post_init__ on frozen classes.
from dataclasses import dataclass, FrozenInstanceError
@dataclass(frozen=True)
class F:
    x: int
@dataclass
class N:
    y: int
for make in ('thaw', 'freeze'):
    try:
        if make == 'thaw':
            @dataclass
            class A(F):
                z: int = 0
        else:
            @dataclass(frozen=True)
            class B(N):
                z: int = 0
    except TypeError as e:
        print(type(e).__name__, e)
@dataclass(frozen=True)
class Area:
    w: int
    h: int
    def __post_init__(self):
        object.__setattr__(self, 'size', self.w * self.h)
a = Area(2, 3)
print(a, a.size)
try:
    @dataclass(frozen=True)
    class Own:
        x: int
        def __setattr__(self, n, v):
            pass
except TypeError as e:
    print(type(e).__name__, e)
Area(1, h=2, w=3)
