# Abstract properties, classmethods and staticmethods.
from abc import ABC, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod
class Base(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
    @staticmethod
    @abstractmethod
    def helper():
        ...
print(sorted(Base.__abstractmethods__))
class Impl(Base):
    @property
    def name(self):
        return 'impl'
    @classmethod
    def make(cls):
        return cls()
    helper = staticmethod(lambda: 42)
i = Impl.make()
print(i.name, i.helper(), Impl.__abstractmethods__)
class Half(Base):
    name = property(lambda self: 'half')
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
class Old(ABC):
    @abstractclassmethod
    def a(cls): ...
    @abstractstaticmethod
    def b(): ...
print(sorted(Old.__abstractmethods__), Base.name.__isabstractmethod__)
