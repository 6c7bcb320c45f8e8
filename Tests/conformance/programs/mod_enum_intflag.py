# IntFlag: members are ints, combine with plain ints, keep unknown bits.
from enum import IntFlag


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Mode.R | Mode.W
print(repr(rw), str(rw), f"{rw}", rw + 1, rw == 6, isinstance(rw, int))
print(repr(Mode.R | 8), Mode.R | 8, repr(Mode(9)), repr(Mode(16)), repr(Mode(0)))
print(repr(~Mode.R), repr(~rw), repr(~Mode(0)), ~Mode.X == 6)
print(repr(Mode.R & 5), repr(5 & Mode.R), repr(Mode.X ^ 3), 3 | Mode.X)
print(Mode.R in rw, Mode.X in rw, rw & Mode.X == 0, bool(rw & Mode.X))
print(sorted([Mode.W, Mode.R, Mode.X]), Mode.R > Mode.W, Mode.R * 2)
print(hash(Mode.R) == hash(4), list(rw), len(rw), format(Mode.R, '04b'))
print(repr(Mode(-1)), repr(Mode(-8)), int(Mode(-1)))
