# Flag boundaries: STRICT refuses unknown bits, CONFORM drops them, EJECT returns a plain int, KEEP keeps them.
from enum import Flag, IntFlag, FlagBoundary, STRICT, CONFORM, EJECT, KEEP

print(list(FlagBoundary), STRICT, repr(KEEP), FlagBoundary('eject'))

class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2

class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2

class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2

class Strict(IntFlag, boundary=STRICT):
    A = 1
    B = 2

print(repr(Conform(7)), repr(Conform(4)), repr(Conform(3)))
print(repr(Eject(7)), type(Eject(7)).__name__, repr(Eject(3)))
print(repr(Keep(7)), repr(Keep(12)), Keep(7).value)
print(repr(Strict(3)), Strict._boundary_, Keep._boundary_, Conform._boundary_)
try:
    Strict(4)
except ValueError as e:
    print('ValueError', e)
print(repr(~Conform.A), repr(~Keep.A), repr(~Eject.A))
