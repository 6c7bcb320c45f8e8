# Mixin classes with methods, a float data type, and enum bases with shared behaviour.
from enum import Enum

class Describe:
    def describe(self):
        return '%s=%r' % (self.name, self.value)

class Color(Describe, Enum):
    RED = 'r'
    BLUE = 'b'

print(Color.RED.describe(), [c.describe() for c in Color], repr(Color.BLUE))

class Ratio(float, Enum):
    HALF = 0.5
    QUARTER = 0.25

print(repr(Ratio.HALF), str(Ratio.HALF), Ratio.HALF * 2, Ratio(0.25), Ratio.HALF > Ratio.QUARTER)
print(isinstance(Ratio.HALF, float), format(Ratio.QUARTER), sorted(Ratio))

class Ordered(Enum):
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented

class Size(Ordered):
    S = 1
    L = 3
    M = 2

print(sorted(Size), Size.S < Size.M, max(Size.S, Size.L))
try:
    Size.S > 2
except TypeError as e:
    print('TypeError', e)
