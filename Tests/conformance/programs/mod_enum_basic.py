# Enum members: repr, str, format, name/value, iteration order, len, membership, singletons.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(repr(Color.RED), str(Color.GREEN), f"{Color.BLUE}", format(Color.RED, '>12') + '|')
print(Color.RED.name, Color.RED.value, type(Color.RED.value).__name__)
print(list(Color))
print(len(Color), [c.name for c in Color], [c.value for c in reversed(Color)])
print(Color.RED in Color, Color.RED is Color.RED, Color(1) is Color.RED, Color['GREEN'] is Color.GREEN)
print(isinstance(Color.RED, Color), type(Color.RED) is Color, Color.RED.__class__.__name__)
print(repr(Color), str(Color), Color.__name__)
print(bool(Color), bool(Color.RED))
d = {Color.RED: 'stop', Color.GREEN: 'go'}
print(d[Color.RED], d.get(Color.BLUE, 'none'), hash(Color.RED) == hash(Color(1)))
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(getattr(Color, 'BLUE'), Color.BLUE.value + 10)
print(type(Color).__name__, issubclass(Color, Enum), isinstance(Color, type))
