# abc errors: abstract classes with many methods, sorted names, uncaught error.
from abc import ABC, abstractmethod
class Z(ABC):
    @abstractmethod
    def zeta(self): ...
    @abstractmethod
    def alpha(self): ...
    @abstractmethod
    def mid(self): ...
try:
    Z()
except TypeError as e:
    print(e)
class Y(Z):
    def alpha(self):
        return 1
try:
    Y()
except TypeError as e:
    print(e)
class W(Y):
    def zeta(self): return 2
    def mid(self): return 3
print(W().alpha(), W().zeta(), W.__abstractmethods__ == frozenset())
class X(W):
    @abstractmethod
    def alpha(self): ...
try:
    X()
except TypeError as e:
    print(e)
class WithInit(ABC):
    def __init__(self, a):
        self.a = a
    @abstractmethod
    def go(self): ...
WithInit(1)
