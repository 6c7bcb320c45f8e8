# Flag: members combine with | & ^ ~; combined values have CPython's reprs.
from enum import Flag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, rw.name, type(rw).__name__)
print(repr(rw & Perm.R), repr(rw & Perm.X), repr(rw ^ Perm.R), repr(rw ^ Perm.X))
print(repr(~Perm.R), repr(~rw), repr(~(Perm.R | Perm.W | Perm.X)), repr(~Perm(0)))
print(bool(Perm(0)), bool(Perm.X), Perm.R in rw, Perm.X in rw, (Perm.R | Perm.X) in rw)
print(repr(Perm(0)), str(Perm(0)), Perm(0).name, repr(Perm(7)), Perm(6) is rw)
print(rw == Perm(6), rw == 6, hash(rw) == hash(Perm.R | Perm.W))
x = Perm.X
x |= Perm.W
print(repr(x))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print([m.value for m in Color], repr(Color.WHITE), repr(Color.RED | Color.GREEN))
print(repr(Color.WHITE & ~Color.GREEN), list(Color), len(Color))
print(repr(Color(7)), Color.WHITE is Color(7), Color.__members__.keys())
print(repr(Perm), str(Perm))
