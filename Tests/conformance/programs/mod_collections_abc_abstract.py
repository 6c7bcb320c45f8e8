# collections.abc classes are abstract until their abstract methods are defined.
from collections.abc import Mapping, Sized, Iterator, MutableSet
class Half(Mapping):
    def __getitem__(self, k):
        raise KeyError(k)
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
class S(Sized):
    pass
try:
    S()
except TypeError as e:
    print(type(e).__name__, e)
class Count(Iterator):
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
c = Count()
print(iter(c) is c, list(c))
class MS(MutableSet):
    def __contains__(self, x): return False
    def __iter__(self): return iter(())
    def __len__(self): return 0
try:
    MS()
except TypeError as e:
    print(type(e).__name__, e)
Mapping()
