def add_repr(cls):
    def __repr__(self):
        fields = ', '.join('%s=%r' % kv for kv in vars(self).items())
        return '%s(%s)' % (cls.__name__, fields)
    cls.__repr__ = __repr__
    return cls
def singleton(cls):
    instances = {}
    def get(*args):
        return instances.setdefault(cls, instances.get(cls) or cls(*args))
    return get
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(Point(1, 2), [Point(0, 'a')])
@singleton
class Config:
    def __init__(self, v):
        print('creating Config', v)
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, type(Config).__name__)
def counted(cls):
    cls.instances = 0
    orig = cls.__init__
    def __init__(self, *a):
        cls.instances += 1
        orig(self, *a)
    cls.__init__ = __init__
    return cls
@counted
@add_repr
class Item:
    def __init__(self, n):
        self.n = n
print([Item(i) for i in range(3)], Item.instances)
