# Iterating a flag class (single-bit members only) and a flag value (its members).
from enum import Flag, IntFlag


class Opt(Flag):
    NONE = 0
    A = 1
    B = 2
    C = 4
    AB = 3
    ALL = 7


print(list(Opt), len(Opt))
print(list(Opt.ALL), list(Opt.AB), list(Opt.NONE), list(Opt.B | Opt.C))
print(len(Opt.ALL), len(Opt.NONE), len(Opt.B))
print(repr(Opt.A | Opt.B), repr(Opt(5)), repr(Opt(0)), Opt.NONE is Opt(0))
print(list(Opt.__members__))
print([m.name for m in Opt.C | Opt.A])


class Bits(IntFlag):
    ONE = 1
    FOUR = 4
    TWO = 2


print(list(Bits), list(Bits.ONE | Bits.FOUR), repr(Bits.ONE | Bits.FOUR))
for value in range(8):
    print(value, repr(Bits(value)), str(Bits(value)))
