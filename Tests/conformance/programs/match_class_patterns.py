class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r

def where(obj):
    match obj:
        case Point(0, 0):
            return 'origin'
        case Point(0, y):
            return 'on y axis at %r' % y
        case Point(x=0) | Point(y=0):
            return 'on x axis'
        case Point(x, y) if x == y:
            return 'diagonal %r' % x
        case Point():
            return 'some point'
        case Circle(center=Point(0, 0), r=r):
            return 'circle at origin r=%r' % r
        case Circle(r=r):
            return 'circle r=%r' % r
        case int(n) | float(n):
            return 'number %r' % n
        case str() as s:
            return 'string ' + s
        case _:
            return 'unknown'

for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Circle(Point(0, 0), 3), Circle(Point(1, 1), 4), 7, 2.5, 'hi', None, True]:
    print(where(o))
