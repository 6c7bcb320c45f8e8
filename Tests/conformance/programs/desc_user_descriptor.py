class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print('__set_name__', owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s, got %s' % (self.name, self.kind.__name__, type(value).__name__))
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print('__delete__', self.name)
        obj.__dict__.pop(self.name, None)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person('ann', 30)
print(p.name, p.age, vars(p))
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError', e)
del p.age
print(p.age, type(Person.age).__name__, Person.name.kind)
p.__dict__['name'] = 'direct'
print(p.name)
Person('bob', 2.5)
