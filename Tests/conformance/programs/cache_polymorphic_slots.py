class Base:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def total(self):
        return self.a + self.b
class A(Base): pass
class B(Base):
    def __init__(self, a, b):
        self.first = 'B'
        super().__init__(a, b)
class C(Base):
    __slots__ = ('a', 'b')
objs = [A(1, 2), B(3, 4), C(5, 6), Base(7, 8)] * 3
print([o.total() for o in objs])
for o in objs:
    o.a = o.a * 10
print([o.a for o in objs][:4])
del objs[1].a
try:
    objs[1].total()
except AttributeError as e:
    print('AttributeError', e)
objs[1].a = 99
print(objs[1].total(), vars(objs[1]))
Base.b = 'class b'
del objs[0].b
print(objs[0].b, objs[4].b)
A.total = lambda self: 'A total'
print([o.total() for o in objs[:4]])
