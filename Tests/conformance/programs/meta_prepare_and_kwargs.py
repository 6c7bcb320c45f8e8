class Config(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print('new', name, kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kwargs
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print('init', name, sorted(kwargs))
        super().__init__(name, bases, ns)

class Base(metaclass=Config, debug=True):
    pass
class Child(Base, level=3):
    pass
print(Base.options, Child.options)

class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print('TypeError', e)
class M3(M1): pass
class W(X, metaclass=M3): pass
print(type(W).__name__)
class Bad(metaclass=lambda name, bases, ns: 'not a class'):
    pass
print(Bad)
class Fails(metaclass=Config, unknown=1, another=2):
    x = 1
print(Fails.options)
class E(metaclass=M1, nope=1): pass
