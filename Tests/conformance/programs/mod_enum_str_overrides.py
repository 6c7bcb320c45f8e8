# Overriding __str__/__format__ on enums, and IntEnum formatting (empty spec uses str()).
from enum import Enum, IntEnum, StrEnum, Flag

class Color(Enum):
    RED = 1
    GREEN = 2
    def __str__(self):
        return 'C(%s)' % self.name
    def __format__(self, spec):
        return 'fmt:' + spec

print(str(Color.RED), f'{Color.RED:xyz}', format(Color.GREEN), repr(Color.RED), [str(c) for c in Color])

class Num(IntEnum):
    ONE = 1
    TEN = 10
    def __str__(self):
        return 'num ' + self.name.lower()

print(str(Num.ONE), f'{Num.ONE}', format(Num.TEN, 'd'), f'{Num.TEN:>5}|', repr(Num.ONE), '%s %d' % (Num.ONE, Num.TEN))

class Word(StrEnum):
    HI = 'hello'

print(f'{Word.HI}', f'{Word.HI:>7}|', f'{Word.HI!r}', str(Word.HI), '%s' % Word.HI)

class Bits(Flag):
    A = 1
    B = 2

print(f'{Bits.A | Bits.B}', f'{Bits.A:>8}|', format(Bits(0)), str(Bits(0)))
