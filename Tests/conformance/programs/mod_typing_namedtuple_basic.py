# NamedTuple class syntax: fields with defaults, repr, _asdict, _replace, tuple behaviour.
from typing import NamedTuple, List

class Point(NamedTuple):
    x: int
    y: int = 0
    tags: List[str] = []

    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p, repr(p), p.x, p.y, p[0], p[-1], len(p), p.norm1())
print(Point._fields, Point._field_defaults, Point.__annotations__)
print(p._asdict(), p._replace(y=5), p._replace(), Point._make([1, 2, ['a']]))
x, y, tags = p
print(x, y, tags, tuple(p), list(p), p == (3, -4, []), p != Point(3, -4))
print(isinstance(p, tuple), issubclass(Point, tuple), type(p).__name__, Point.__name__)
print(Point(y=1, x=2), Point(1, 2, ['t']).tags, hash(Point(1, 2, ())) == hash((1, 2, ())))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(1, 9), Point(2, 0)))
print(p + (1,), p[1:], p.count(3), p.index(-4), Point.x.__doc__ if False else 'ok')
d = {Point(1, 2, ()): 'a'}
print(d[(1, 2, ())], Point.__match_args__)
match Point(0, 7):
    case Point(x=0, y=y):
        print('on y axis at', y)
