# abc: ABC, abstractmethod, __abstractmethods__, instantiation errors.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f'{type(self).__name__} area={self.area()} perimeter={self.perimeter()}'
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
print(Square(3).describe(), isinstance(Square(1), Shape), type(Shape), type(Square))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
class Partial(Shape):
    def area(self):
        return 0
try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)
print(Partial.__abstractmethods__, issubclass(Partial, Shape), Shape.__mro__[-1])
class Plain(ABC):
    pass
print(Plain(), type(Plain()).__name__) if False else print(type(Plain()).__name__)
Partial()
