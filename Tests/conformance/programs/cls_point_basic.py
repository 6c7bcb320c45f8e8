# Formerly unsupported_class.py: a class with __init__ and an instance attribute.
class Point:
    def __init__(self, x):
        self.x = x
print(Point(3).x)
p = Point(5)
p.y = 7
print(p.x, p.y)
print(p.__dict__)
q = Point(p)
print(q.x is p, q.x.y)
print(type(p) is Point, type(Point))
print(Point.__name__, Point.__qualname__, Point.__module__)
Point(1).x
