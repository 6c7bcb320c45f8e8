# Methods, properties, class and static methods on enums; overriding __str__ and __repr__.
from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def unit():
        return 'kg'

    def __str__(self):
        return self.name.title()

print(Planet.EARTH.value, Planet.EARTH.mass, Planet.MERCURY.radius)
print(round(Planet.EARTH.surface_gravity, 3), Planet.heaviest(), Planet.unit(), Planet.EARTH.unit())
print(str(Planet.MERCURY), repr(Planet.MERCURY), f"{Planet.EARTH}", Planet((5.976e+24, 6.37814e6)))
print(list(Planet), len(Planet))

class Coin(Enum):
    PENNY = 1
    NICKEL = 5
    def __repr__(self):
        return 'Coin(%d)' % self.value
    def worth(self, n):
        return self.value * n

print(repr(Coin.NICKEL), Coin.PENNY, Coin.NICKEL.worth(3), [c for c in Coin])
