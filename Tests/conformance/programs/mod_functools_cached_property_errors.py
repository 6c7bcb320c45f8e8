# cached_property misuse: no __dict__, no __set_name__, one object under two names.
from functools import cached_property
class Data:
    pass
d = Data()
class Slotted:
    __slots__ = ('x',)
    @cached_property
    def p(self): return 1
try:
    Slotted().p
except TypeError as e:
    print(e)
orphan = cached_property(lambda self: 1)
try:
    orphan.__get__(d, Data)
except TypeError as e:
    print(e)
print(orphan.__get__(None, Data) is orphan)
try:
    class Twice:
        a = orphan
        b = orphan
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
class Late:
    pass
Late.p = cached_property(lambda self: 5)
Late.p.__set_name__(Late, 'p')
print(Late().p)
