# Names that are not members: _sunder_ (reserved), private __names, member()/nonmember(), _order_.
from enum import Enum, member, nonmember

try:
    class Bad(Enum):
        _reserved_ = 1
except ValueError as e:
    print('ValueError', e)

class Box(Enum):
    A = 1
    __hidden = 2
    LIMIT = nonmember(10)
    _ignore_me = 3

    @member
    def helper():
        return 'called'

    def peek(self):
        return self.__hidden

print(list(Box), Box.LIMIT, Box._ignore_me, Box.helper.value(), repr(Box.helper)[:16])

class Ordered(Enum):
    _order_ = 'X Y'
    X = 1
    Y = 2

print(list(Ordered))
try:
    class Wrong(Enum):
        _order_ = 'Y X'
        X = 1
        Y = 2
except TypeError as e:
    print('TypeError', e)
print(Box.A.peek(), len(Box))
