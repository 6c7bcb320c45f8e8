# dataclass(weakref_slot=True) adds a __weakref__ slot (pyrust has no weak references): refused, saying so.
from dataclasses import dataclass
@dataclass(slots=True, weakref_slot=True)
class P:
    x: int
print(P(1))
