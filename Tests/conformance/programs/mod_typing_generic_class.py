# User generic classes: class Box(Generic[T]); Box[int] is an alias, Box[int]() makes a Box.
from typing import Generic, TypeVar, List, Dict

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

b = Box[int](5)
print(b.get(), type(b).__name__, type(b) is Box, b.__orig_class__)
print(Box[int], Box[str].__origin__, Box[List[int]].__args__, Box.__parameters__)
print(Box(3).get(), isinstance(b, Box), Box.__mro__, Box.__orig_bases__)
print(Box[int] == Box[int], Box[int] == Box[str], Box[int].__parameters__, Box[T].__parameters__)

class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value
    def __repr__(self):
        return 'Pair(%r, %r)' % (self.key, self.value)

print(Pair[str, int]('a', 1), Pair.__parameters__, Pair[str, List[V]], Pair[str, List[V]][int])
print(Generic[T], Generic[K, V].__args__)

class Registry(Dict[str, int]):
    pass

r = Registry(a=1)
print(r, Registry.__mro__, r['a'])
