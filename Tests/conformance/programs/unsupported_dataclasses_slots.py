# dataclass(slots=True) rebuilds the class with __slots__: pyrust refuses it, saying so.
from dataclasses import dataclass
@dataclass(slots=True)
class P:
    x: int
print(P(1))
