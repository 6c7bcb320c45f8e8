# Cached `C.name` loads on classes, and defaultdict construction (with a subclass's mixin)
from collections import defaultdict
class Base:
    limit = 3
    label = 'base'
    def helper(x):
        return x + 1
class Kid(Base):
    label = 'kid'
class Meta(type):
    @property
    def label(cls):
        return 'meta'
class WithMeta(metaclass=Meta):
    label = 'own'
def read(classes):
    return [(c.limit, c.label, c.helper(1)) for c in classes]
print(read([Base, Kid, Base, Kid]), WithMeta.label, WithMeta().label)
for i in range(3):
    Base.limit = i * 10
    print(read([Kid, Base]))
Kid.limit = 'shadow'
print(read([Kid, Base]))
del Kid.limit
Base.helper = staticmethod(lambda x: x * 100)
print(read([Kid, Base]), Kid.mro()[0].__name__, Kid.__name__, Base.__qualname__)
class Mixin:
    def __init__(self, *args, **kwargs):
        print('mixin init', args, kwargs)
        super().__init__(*args, **kwargs)
class D(defaultdict, Mixin):
    pass
d = D(list)
d['a'].append(1)
e = defaultdict(int, {'x': 1}, y=2)
e['z'] += 5
print(dict(d), sorted(e.items()), defaultdict(None), repr(defaultdict(list)))
