# namedtuple: fields, repr, tuple behaviour, _replace, _asdict, _make.
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)), p < Point(1, 3))
x, y = p
print(x, y, p + (3,), p * 2, p.count(1), p.index(2), 2 in p)
print(p._replace(x=10), p._asdict(), Point._make([5, 6]), Point._make(iter('ab')))
print(Point._fields, Point._field_defaults, Point.__name__, Point.__doc__)
print(isinstance(p, tuple), type(p).__name__, Point, Point.x.__doc__)
P3 = namedtuple('P3', 'a, b c')
print(P3(1, 2, 3), P3._fields)
Single = namedtuple('Single', 'v')
print(Single(1), Single.__doc__, sorted({Point(2, 1), Point(1, 2)}))
print(p.__getnewargs__(), Point.__match_args__)
match p:
    case Point(x=1, y=yy):
        print('matched', yy)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__)
