# @dataclass: generated __init__, __repr__, __eq__; defaults; docstring; match_args.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1)
print(p, Point(1, 2), Point(x=3, y=4), Point(5, y=6))
print(p == Point(1, 0), p == Point(1, 1), p != Point(2), p == (1, 0))
print(Point.__doc__, Point.__match_args__, Point.__hash__)
p.x = 10
print(p, p.x, vars(p))
@dataclass()
class Empty:
    pass
print(Empty(), Empty() == Empty(), Empty.__doc__)
@dataclass
class Named:
    """A documented class."""
    name: str
    tags: tuple = ()
print(Named('n'), Named.__doc__, Named('a', ('t',)) == Named('a', ('t',)))
match Point(1, 2):
    case Point(a, b):
        print('match', a, b)
class NotData:
    x: int = 1
print(hasattr(NotData, '__dataclass_fields__'), hasattr(Point, '__dataclass_fields__'))
