registry = []
def register(tag):
    print('factory', tag)
    def deco(cls):
        print('apply', tag, cls.__name__)
        registry.append((tag, cls.__name__))
        return cls
    return deco
def add_repr(cls):
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % kv for kv in sorted(vars(self).items())))
    cls.__repr__ = __repr__
    return cls
def subclassing(cls):
    class Wrapped(cls):
        def extra(self):
            return 'extra from ' + type(self).__name__
    Wrapped.__name__ = 'Wrapped' + cls.__name__
    return Wrapped
@register('outer')
@add_repr
@subclassing
@register('inner')
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p, p.extra(), Point.__mro__[1].__name__, registry)
@lambda cls: lambda *a: ('factory made', cls(*a))
class Made:
    def __init__(self, v):
        self.v = v
print(Made(5)[0], Made(5)[1].v, type(Made).__name__)
@(lambda c: c.__name__)
class Named: pass
print(Named, type(Named))
@register
class Oops:
    pass
Oops()
