# __post_init__ and InitVar pseudo-fields.
from dataclasses import dataclass, field, InitVar, fields
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3).area)
@dataclass
class Conn:
    host: str
    password: InitVar[str]
    port: int = 80
    masked: str = field(init=False, default='')
    def __post_init__(self, password):
        self.masked = '*' * len(password)
c = Conn('h', 'secret')
print(c, c.masked, [f.name for f in fields(Conn)], hasattr(c, 'password'))
print(Conn('h', 'pw', 8080), Conn.__match_args__)
@dataclass
class Opt:
    scale: InitVar[int] = 2
    values: list = field(default_factory=list)
    def __post_init__(self, scale):
        self.values = [v * scale for v in self.values]
print(Opt(values=[1, 2]), Opt(3, [1]), Opt())
@dataclass
class Validated:
    n: int
    def __post_init__(self):
        if self.n < 0:
            raise ValueError(f'n must be >= 0, got {self.n}')
try:
    Validated(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(Validated(1))
