# ABCMeta as an explicit metaclass, subclassed, with an abstract __init__ chain.
from abc import ABCMeta, abstractmethod, ABC, get_cache_token
class Plugin(metaclass=ABCMeta):
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)
    @abstractmethod
    def run(self):
        raise NotImplementedError
class Hello(Plugin):
    def run(self):
        return 'hello ' + super().__class__.__name__
class Loud(Hello):
    def run(self):
        return super().run().upper()
print(Plugin.registry, Loud().run(), isinstance(Loud(), Plugin))
class MyMeta(ABCMeta):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Thing(metaclass=MyMeta):
    @abstractmethod
    def f(self): ...
class Real(Thing):
    def f(self): return self.tag
print(Real().f(), type(Real).__name__, sorted(Thing.__abstractmethods__))
t = get_cache_token()
ABC.register(int)
print(get_cache_token() != t, isinstance(5, ABC))
try:
    Thing()
except TypeError as e:
    print(e)
