# operator.attrgetter: plain and dotted names, several names, reprs, errors.
from operator import attrgetter
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'P({self.x}, {self.y})'
class Box:
    def __init__(self, name, corner): self.name, self.corner = name, corner
pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(pts, key=attrgetter('x')), sorted(pts, key=attrgetter('y', 'x')), attrgetter('x', 'y')(pts[0]))
boxes = [Box('b', Point(5, 5)), Box('a', Point(0, 9))]
print([attrgetter('corner.y')(b) for b in boxes], attrgetter('name', 'corner.x')(boxes[0]))
print(sorted(boxes, key=attrgetter('corner.x'))[0].name, attrgetter('real', 'imag')(5))
print(attrgetter('__class__.__name__')(pts[0]), attrgetter('upper')('abc')())
g = attrgetter('x')
print(repr(g), repr(attrgetter('a.b', 'c')), type(g).__name__, type(g).__module__, str(attrgetter('q')))
class Dyn:
    def __getattr__(self, name): return name * 2
print(attrgetter('ab', 'cd')(Dyn()))
for getter, obj in [(attrgetter('z'), pts[0]), (attrgetter('corner.z'), boxes[0]), (attrgetter('name.upper.nope'), boxes[0])]:
    try:
        getter(obj)
    except AttributeError as e:
        print(e)
for call in [lambda: attrgetter(), lambda: attrgetter(1), lambda: attrgetter('x', 2), lambda: attrgetter(x='y'),
             lambda: g(), lambda: g(pts[0], pts[1]), lambda: g(obj=pts[0])]:
    try:
        call()
    except TypeError as e:
        print(e)
print(list(map(attrgetter('y'), pts)), max(pts, key=attrgetter('x')))
