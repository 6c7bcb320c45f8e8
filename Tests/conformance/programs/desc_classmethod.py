class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split('-'))
        return cls(y, m, d)
    @classmethod
    def kind(cls):
        return cls.__name__
    def __repr__(self):
        return '%s(%d, %d, %d)' % (type(self).__name__, self.y, self.m, self.d)

class SpecialDate(Date):
    pass

print(Date.from_string('2024-01-15'))
print(SpecialDate.from_string('1999-12-31'))
print(Date.kind(), SpecialDate.kind(), SpecialDate(1, 2, 3).kind())
m = Date.kind
print(m.__self__ is Date, m.__func__ is Date.__dict__['kind'].__func__)
print(type(Date.__dict__['kind']).__name__)
print(Date.from_string.__name__, Date.from_string.__qualname__)
def counter(cls):
    cls.count = getattr(cls, 'count', 0) + 1
    return cls.count
class C:
    bump = classmethod(counter)
print(C.bump(), C.bump(), C().bump())
try:
    Date.from_string()
except TypeError as e:
    print('TypeError', e)
Date.from_string('2024-01')
