# __subclasshook__: structural checks decided by the ABC.
from abc import ABC, abstractmethod
class Closable(ABC):
    @abstractmethod
    def close(self):
        ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closable:
            if any('close' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented
class File:
    def close(self):
        return 'closed'
class Rock:
    pass
print(issubclass(File, Closable), isinstance(File(), Closable), issubclass(Rock, Closable))
class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False
class Sub(Never):
    pass
print(issubclass(Sub, Never), isinstance(Sub(), Never))
class Always(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True
print(issubclass(int, Always), isinstance(None, Always))
class Special(Closable):
    def close(self):
        return 1
print(issubclass(Rock, Special), issubclass(Special, Closable), Special().close())
