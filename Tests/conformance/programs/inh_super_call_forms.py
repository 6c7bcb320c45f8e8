class Base:
    def greet(self, name, punct='!'):
        return 'hello %s%s' % (name, punct)
    @classmethod
    def make(cls, *args):
        return 'Base.make %s %r' % (cls.__name__, args)
    @staticmethod
    def util(x):
        return x * 2
    def __init__(self, **kw):
        self.kw = kw
class Child(Base):
    def greet(self, name, punct='?'):
        return super().greet(name.upper(), punct=punct) + ' / ' + super().greet(name)
    @classmethod
    def make(cls, *args):
        return super().make(*args, 'child')
    def util_twice(self, x):
        return super().util(super().util(x))
    def __init__(self, **kw):
        super().__init__(extra=1, **kw)
c = Child(a=2)
print(c.greet('ann'), Child.make(1, 2), c.util_twice(3), c.kw)
class Dict(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.created = True
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
d = Dict({'x': 1}, y=2)
print(d['x'], d['y'], d.created, sorted(d.items()))
def outer():
    class Local(Base):
        def greet(self, name, punct='.'):
            return 'local ' + super().greet(name, punct)
    return Local().greet('bo')
print(outer())
class Missing(Base):
    def go(self):
        return super().nothing()
try:
    Missing().go()
except AttributeError as e:
    print('AttributeError', e)
super_saved = super
def fake_super(*a):
    return Base()
super = fake_super
class Shadowed(Base):
    def greet(self, name, punct=','):
        return 'shadowed ' + super().greet(name, punct)
print(Shadowed().greet('cy'))
super = super_saved
