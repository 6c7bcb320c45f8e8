class Greeter:
    """Greets."""
    def hello(self, name='world'):
        """Say hello."""
        return 'hello ' + name
    @staticmethod
    def static():
        pass
    @classmethod
    def klass(cls):
        pass
    @property
    def prop(self):
        """Prop doc."""
        return 1

g = Greeter()
print(Greeter.hello.__name__, Greeter.hello.__qualname__, Greeter.hello.__doc__)
print(g.hello.__name__, g.hello.__doc__, g.hello.__defaults__)
print(Greeter.static.__qualname__, Greeter.klass.__qualname__, Greeter.klass.__name__)
print(Greeter.prop.__doc__, Greeter.prop.fget.__qualname__)
print(g.hello.__func__.__qualname__, g.klass.__func__.__name__)
try:
    g.hello.__name__ = 'x'
except AttributeError as e:
    print('AttributeError', e)
print(type(g.hello).__name__, type(Greeter.hello).__name__, type(g.static).__name__)
print(type(Greeter.__dict__['static']).__name__, type(g.klass).__name__)
