# ABCMeta.register: virtual subclasses, isinstance/issubclass, cycles.
from abc import ABC, ABCMeta
class Animal(ABC):
    pass
class Dog:
    pass
print(isinstance(Dog(), Animal), issubclass(Dog, Animal))
Animal.register(Dog)
print(isinstance(Dog(), Animal), issubclass(Dog, Animal), Dog.__mro__)
class Puppy(Dog):
    pass
print(issubclass(Puppy, Animal), isinstance(Puppy(), Animal))
Animal.register(int)
print(isinstance(3, Animal), isinstance(True, Animal), isinstance('x', Animal))
@Animal.register
class Cat:
    pass
print(Cat.__name__, issubclass(Cat, Animal))
class Mammal(Animal):
    pass
print(issubclass(Dog, Mammal), issubclass(Mammal, Animal))
try:
    Mammal.register(Animal)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    Animal.register('x')
except TypeError as e:
    print(type(e).__name__, e)
class Meta(metaclass=ABCMeta):
    pass
Meta.register(list)
print(isinstance([], Meta), isinstance((), Meta), issubclass(list, (Meta, Animal)))
print(isinstance(Dog(), (str, Animal)))
