# update_abstractmethods after a class gains methods; abstract attributes set later.
from abc import ABC, abstractmethod, update_abstractmethods
class Base(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
class Later(Base):
    pass
print(sorted(Later.__abstractmethods__))
Later.a = lambda self: 'a'
Later.b = lambda self: 'b'
print(sorted(Later.__abstractmethods__))
update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__), Later().a(), Later().b())
class NotAbc:
    pass
print(update_abstractmethods(NotAbc) is NotAbc)
def f(self):
    return 1
f = abstractmethod(f)
print(f.__isabstractmethod__, f.__name__)
class Dyn(ABC):
    pass
Dyn.__abstractmethods__ = frozenset({'x'})
try:
    Dyn()
except TypeError as e:
    print(e)
Dyn.__abstractmethods__ = frozenset()
print(type(Dyn()).__name__)
