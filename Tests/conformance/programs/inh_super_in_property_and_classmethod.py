class Base:
    @property
    def label(self):
        return 'base'
    @classmethod
    def create(cls, *args):
        print('Base.create for', cls.__name__, args)
        return cls()
    @staticmethod
    def util(x):
        return x * 2

class Child(Base):
    @property
    def label(self):
        return 'child<' + super().label + '>'
    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.extra = True
        return obj
    @staticmethod
    def util(x):
        return Base.util(x) + 1

c = Child.create(1, 2)
print(type(c).__name__, c.extra, c.label)
print(Child.util(5), Base.util(5))
class Grand(Child):
    pass
g = Grand.create()
print(type(g).__name__, g.label)
