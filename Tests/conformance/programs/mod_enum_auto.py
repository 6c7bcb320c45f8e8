# auto(): the next value after the last one (1 to start), or what _generate_next_value_ says.
from enum import Enum, auto

class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TEN = 10
    ELEVEN = auto()
    AFTER_STR = 20
    LAST = auto()

print(list(Step))

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return '%s-%d-%d' % (name.lower(), start, count)

    ALPHA = auto()
    BETA = auto()
    GAMMA = 'fixed'
    DELTA = auto()

print([m.value for m in Named])

class Pair(Enum):
    A = (auto(), 'a')
    B = (auto(), 'b')

print(Pair.A.value, Pair.B.value)
a = auto()
print(type(a).__name__, isinstance(a, auto))

class Only(Enum):
    X = auto()

print(Only.X.value, Only(1))
