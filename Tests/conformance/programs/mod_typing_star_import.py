# `from typing import *` binds the public names; the Supports* protocols check for one method.
from typing import *

names = ['Any', 'Union', 'Optional', 'List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type', 'Callable',
         'Iterable', 'Iterator', 'Generator', 'Sequence', 'Mapping', 'Literal', 'Final', 'ClassVar',
         'TypeVar', 'Generic', 'Protocol', 'NamedTuple', 'TypedDict', 'cast', 'overload', 'no_type_check',
         'TYPE_CHECKING', 'get_type_hints', 'Annotated', 'NoReturn', 'AnyStr', 'SupportsInt', 'Text']
present = dir()
print(all(n in present for n in names), TYPE_CHECKING)
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(-1, SupportsAbs), isinstance([], SupportsAbs), isinstance(5, SupportsIndex))
print(isinstance(1.5, SupportsRound), SupportsInt, SupportsIndex.__mro__[1])

class Meters:
    def __init__(self, n):
        self.n = n
    def __int__(self):
        return self.n
    def __abs__(self):
        return Meters(abs(self.n))

m = Meters(-3)
print(isinstance(m, SupportsInt), isinstance(m, SupportsAbs), isinstance(m, SupportsFloat), int(m))
class Movie(TypedDict):
    title: str
print(is_typeddict(Movie), is_typeddict(dict), Required[int], NotRequired[str])
