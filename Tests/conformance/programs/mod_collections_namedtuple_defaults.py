# namedtuple defaults=, rename=, module=, and subclassing.
from collections import namedtuple
Emp = namedtuple('Emp', 'name dept salary', defaults=['eng', 100])
print(Emp('ann'), Emp('bob', 'ops'), Emp('cy', salary=5), Emp._field_defaults)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '2y'], rename=True)
print(R._fields)
M = namedtuple('M', 'a', module='mymod')
print(M, M.__module__)
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), Vec._make([0, 1]), v._replace(y=0))
E = namedtuple('E', '')
print(E(), E._fields, len(E()))
D = namedtuple('D', 'a b', defaults=(None,))
print(D(1), D(1, 2), D._field_defaults)
