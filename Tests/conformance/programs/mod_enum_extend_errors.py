# An enum with members cannot be subclassed; one with only methods can.
from enum import Enum

class Color(Enum):
    RED = 1
try:
    class More(Color):
        BLUE = 2
except TypeError as e:
    print('TypeError', e)
try:
    class Empty(Color):
        pass
except TypeError as e:
    print('TypeError', e)

class Describable(Enum):
    def describe(self):
        return '%s is %r' % (self.name, self.value)

class Animal(Describable):
    CAT = 'meow'
    DOG = 'woof'
print(Animal.CAT.describe(), list(Animal), isinstance(Animal.DOG, Describable))
print(len(Describable), list(Describable))
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
try:
    class Clash(Enum):
        def B(self):
            return 1
        B = 2
except TypeError as e:
    print('TypeError', e)
