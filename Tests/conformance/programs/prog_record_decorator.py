MISSING = object()

class Field:
    def __init__(self, default=MISSING, *, check=None):
        self.default, self.check = default, check
    def __set_name__(self, owner, name):
        self.name = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if self.check is not None and not self.check(value):
            raise ValueError('%s: invalid value %r' % (self.name, value))
        if getattr(obj, '_frozen', False):
            raise AttributeError('%s is frozen' % type(obj).__name__)
        object.__setattr__(obj, self.private, value)

def record(cls=None, *, frozen=False, order=False):
    def build(cls):
        fields = [(n, f) for n, f in vars(cls).items() if isinstance(f, Field)]
        for base in cls.__mro__[1:]:
            fields = getattr(base, '_fields', []) + [p for p in fields if p[0] not in dict(getattr(base, '_fields', []))]
        cls._fields = fields

        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError('%s takes %d values, got %d' % (cls.__name__, len(fields), len(args)))
            for (name, f), value in zip(fields, args):
                kwargs.setdefault(name, value)
            for name, f in fields:
                value = kwargs.pop(name, f.default)
                if value is MISSING:
                    raise TypeError('missing field %r' % name)
                setattr(self, name, value)
            if kwargs:
                raise TypeError('unknown fields: ' + ', '.join(sorted(kwargs)))
            object.__setattr__(self, '_frozen', frozen)

        def astuple(self):
            return tuple(getattr(self, n) for n, _ in fields)

        def __repr__(self):
            return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % (n, getattr(self, n)) for n, _ in fields))

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return astuple(self) == astuple(other)

        cls.__init__, cls.__repr__, cls.__eq__, cls.astuple = __init__, __repr__, __eq__, astuple
        if frozen:
            cls.__hash__ = lambda self: hash(astuple(self))
        if order:
            cls.__lt__ = lambda self, other: astuple(self) < astuple(other)
        return cls
    return build if cls is None else build(cls)

@record
class Point:
    x = Field(0)
    y = Field(0)

@record(frozen=True, order=True)
class Version:
    major = Field(check=lambda v: isinstance(v, int) and v >= 0)
    minor = Field(0)
    label = Field('')

@record
class Point3(Point):
    z = Field(0)

p = Point(1, y=2)
print(p, p == Point(1, 2), p != Point(2, 1), p == (1, 2), Point())
p.x += 10
print(p.astuple(), Point3(1, 2, 3), Point3(z=5).astuple(), [n for n, _ in Point3._fields])
vs = [Version(1, 2), Version(0, 9, 'beta'), Version(1, 0), Version(1, 2, 'rc')]
print(sorted(vs))
print(max(vs), min(vs), Version(1, 2) in vs, len({Version(1), Version(1, 0), Version(2)}))
print(Point.x, type(Point.__dict__['y']).__name__, Version.major.name, Version.minor.private)
for make in (lambda: Version(-1), lambda: Version(1, 2, 3, 4), lambda: Version(),
             lambda: Point(q=1, r=2), lambda: setattr(vs[0], 'minor', 5), lambda: {p}):
    try:
        print(make())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
match Point3(0, 4, 1):
    case Point3(x=0, z=z) if z > 0:
        print('on the yz plane, z =', z)
    case Point():
        print('some point')
print(Point(1, 2) < Point(2, 3))
