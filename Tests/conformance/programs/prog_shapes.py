# A shape hierarchy with abstract-style methods, class registries, sorting and formatting.
class Shape:
    registry = {}
    sides = None

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls

    def area(self):
        raise NotImplementedError('%s must implement area()' % type(self).__name__)

    def perimeter(self):
        raise NotImplementedError('%s must implement perimeter()' % type(self).__name__)

    def describe(self):
        return '%-9s area=%8.3f perimeter=%7.3f sides=%s' % (
            type(self).__name__, self.area(), self.perimeter(), self.sides)

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    def __hash__(self):
        return hash((type(self).__name__,) + tuple(sorted(vars(self).items())))

    @classmethod
    def create(cls, kind, *args):
        try:
            shape_cls = cls.registry[kind]
        except KeyError:
            raise ValueError('unknown shape %r' % kind) from None
        return shape_cls(*args)

PI = 3.141592653589793

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return PI * self.r ** 2
    def perimeter(self):
        return 2 * PI * self.r
    def __repr__(self):
        return 'Circle(%r)' % self.r

class Rectangle(Shape):
    sides = 4
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self.w, self.h)

class Square(Rectangle):
    def __init__(self, s):
        super().__init__(s, s)
    def __repr__(self):
        return 'Square(%r)' % self.w

class Triangle(Shape):
    sides = 3
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError('invalid triangle sides %r' % ((a, b, c),))
        self.a, self.b, self.c = a, b, c
    def perimeter(self):
        return self.a + self.b + self.c
    def area(self):
        s = self.perimeter() / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5
    def __repr__(self):
        return 'Triangle(%r, %r, %r)' % (self.a, self.b, self.c)

class Blob(Shape):
    def perimeter(self):
        return 0

print(sorted(Shape.registry))
shapes = [Shape.create('circle', 1), Shape.create('rectangle', 2, 3), Square(2), Triangle(3, 4, 5),
          Circle(0.5), Rectangle(2, 2)]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
print(max(shapes), min(shapes, key=lambda s: s.perimeter()))
print(Square(2) == Rectangle(2, 2), Square(2) == Square(2), len({Square(2), Square(2), Rectangle(2, 2)}))
print([type(s).__name__ for s in shapes if isinstance(s, Rectangle)])
print(sum(s.area() for s in shapes if s.sides == 4))
for bad in [('hexagon', 1), ('triangle', 1, 2, 10), ('circle',)]:
    try:
        print(Shape.create(*bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, '| context suppressed:', e.__suppress_context__)
try:
    Blob().describe()
except NotImplementedError as e:
    print('NotImplementedError', e)
Shape().perimeter()
