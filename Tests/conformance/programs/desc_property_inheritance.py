class Base:
    def __init__(self):
        self._size = 1
    @property
    def size(self):
        return self._size
    @size.setter
    def size(self, v):
        self._size = v

class Doubling(Base):
    @Base.size.setter
    def size(self, v):
        self._size = v * 2

class ReadOnly(Base):
    @property
    def size(self):
        return 'ro:' + str(self._size)

b, d, r = Base(), Doubling(), ReadOnly()
b.size = 5
d.size = 5
print(b.size, d.size, r.size)
print(Base.size is not Doubling.size, Doubling.size.fget is Base.size.fget)
p = property(lambda self: 'lambda prop')
class L:
    x = p
    y = p.getter(lambda self: 'new getter')
print(L().x, L().y)
try:
    r.size = 3
except AttributeError as e:
    print('AttributeError', e)
class Computed:
    area = property(lambda self: self.w * self.h)
    def __init__(self, w, h):
        self.w, self.h = w, h
print(Computed(3, 4).area)
Computed(1, 2).area = 9
