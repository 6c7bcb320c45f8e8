# The functional API: Enum('Name', names) with a str, a list, pairs or a mapping.
from enum import Enum, IntEnum, Flag

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), repr(Animal), Animal.BEE.value, Animal(3))
Comma = Enum('Comma', 'A, B,C')
print([m.name for m in Comma], [m.value for m in Comma])
Listed = Enum('Listed', ['X', 'Y'])
print(list(Listed))
Pairs = Enum('Pairs', [('LOW', 10), ('HIGH', 20)])
print(list(Pairs), Pairs(20))
Mapped = Enum('Mapped', {'ON': True, 'OFF': False})
print(list(Mapped), Mapped(False))
Nums = IntEnum('Nums', 'ONE TWO THREE')
print(list(Nums), Nums.TWO + 1, str(Nums.THREE))
Started = Enum('Started', 'P Q', start=10)
print(list(Started))
Bits = Flag('Bits', 'A B C')
print(list(Bits), repr(Bits.A | Bits.C))
print(Animal.__name__, type(Animal).__name__, Animal.ANT.name)
try:
    Animal(1, foo=2)
except TypeError as e:
    print('TypeError', e)
Mod = Enum('Mod', 'X Y', module='shapes', qualname='Outer.Mod')
print(Mod.__module__, Mod.__qualname__, Mod.X)
