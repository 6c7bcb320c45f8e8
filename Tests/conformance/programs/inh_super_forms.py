class Base:
    def __init__(self, v):
        self.v = v
        print('Base.__init__', v)
    def show(self):
        return 'Base(%s)' % self.v
    @classmethod
    def make(cls):
        return 'make ' + cls.__name__

class Mid(Base):
    def __init__(self, v):
        super().__init__(v * 2)
        print('Mid.__init__')
    def show(self):
        return 'Mid+' + super(Mid, self).show()
    @classmethod
    def make(cls):
        return 'Mid ' + super().make()

class Leaf(Mid):
    def show(self):
        return 'Leaf+' + super().show()
    def skip(self):
        return super(Mid, self).show()

l = Leaf(5)
print(l.show())
print(l.skip())
print(Leaf.make(), Mid.make())
s = super(Leaf, l)
print(s.show())
print(super(Leaf, Leaf).make())
print(super(Mid, l).__init__ is not None)
print(isinstance(s, super), type(s).__name__)
