# __mro_entries__: a base that is no class names the classes to use; __orig_bases__ keeps it.
class Base:
    def hello(self):
        return 'hello from ' + type(self).__name__

class Alias:
    def __init__(self, *targets):
        self.targets = targets
    def __mro_entries__(self, bases):
        return self.targets
    def __repr__(self):
        return 'Alias%r' % (self.targets,)

class Mixin:
    pass

class C(Alias(Base, Mixin)):
    pass

print(C.__mro__, C.__orig_bases__, C().hello(), C.__bases__)

class D(Base, Alias()):
    pass

print(D.__bases__, D.__orig_bases__, '__orig_bases__' in Base.__dict__)

class Bad:
    def __mro_entries__(self, bases):
        return [Base]

try:
    class E(Bad()):
        pass
except TypeError as e:
    print('TypeError', e)
