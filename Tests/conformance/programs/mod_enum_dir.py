# dir() of an enum class and of its members lists what CPython 3.11 lists.
from enum import Enum, auto

class Color(Enum):
    RED = auto()
    GREEN = auto()
    CRIMSON = 1

    def mix(self, other):
        return self.name + other.name

    @property
    def lower(self):
        return self.name.lower()

    @classmethod
    def default(cls):
        return cls.RED

print(dir(Color))
print(dir(Color.RED))
print(Color.RED.mix(Color.GREEN), Color.GREEN.lower, Color.default())

class Planet(Enum):
    EARTH = (5.97, 6.37)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
        self._private = True

print(dir(Planet.EARTH), 'EARTH' in dir(Planet))
