class Base:
    __match_args__ = ('a',)
    def __init__(self, a, b=0):
        self.a, self.b = a, b
class Child(Base):
    __match_args__ = ('a', 'b')
class Lazy:
    def __getattr__(self, name):
        if name == 'magic':
            return 42
        raise AttributeError(name)
def f(v):
    match v:
        case Child(1, b):
            return 'child b=%r' % b
        case Base(a, b=2):
            return 'base-ish a=%r b=2' % a
        case Base(a=[1, *r]):
            return 'a list %r' % r
        case Lazy(magic=m, missing=x):
            return 'never'
        case Lazy(magic=m):
            return 'lazy %r' % m
        case object(real=r, imag=0) if isinstance(v, float):
            return 'float real %r' % r
        case int(real=r):
            return 'int real %r' % r
    return 'none'
for v in [Child(1, 5), Child(2, 2), Base(3, 2), Base([1, 2, 3]), Base(4), Lazy(), 2.5, 7, 'x']:
    print(f(v))
class BadElem:
    __match_args__ = (1,)
try:
    match BadElem():
        case BadElem(x):
            pass
except TypeError as e:
    print('TypeError', e)
