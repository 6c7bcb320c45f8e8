# replace(): new instance with changed fields; init=False and InitVar rules.
from dataclasses import dataclass, field, replace, InitVar
@dataclass(frozen=True)
class Config:
    host: str = 'localhost'
    port: int = 80
    debug: bool = False
base = Config()
dev = replace(base, debug=True, port=8080)
print(base, dev, base is not replace(base))
@dataclass
class Counted:
    n: int
    double: int = field(init=False)
    def __post_init__(self):
        self.double = self.n * 2
print(replace(Counted(2), n=5))
try:
    replace(Counted(1), double=3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    replace(base, nope=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(5, x=1)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class WithInit:
    a: int
    k: InitVar[int]
    def __post_init__(self, k):
        self.a += k
try:
    replace(WithInit(1, 1), a=5)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(WithInit(1, 1), a=5, k=10))
