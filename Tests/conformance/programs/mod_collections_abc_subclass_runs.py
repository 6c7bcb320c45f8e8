# Subclassing library ABC-based classes: the harness runs this three times in one thread, so
# a subclass remembered by a library class across runs would break the checks at the top.
from collections import ChainMap, UserDict, UserList, Counter, OrderedDict
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Hashable
print(isinstance({}, Mapping), isinstance([], Sequence), isinstance(Counter(), MutableMapping))
print(issubclass(ChainMap, Mapping), issubclass(UserList, Sequence), isinstance(3, Iterable))
class Scope(ChainMap):
    pass
class Attrs(UserDict):
    def __missing__(self, key):
        return key.upper()
class Items(UserList):
    pass
class Frozen(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __hash__(self): return hash(tuple(self.d))
print(isinstance(Scope(), MutableMapping), Attrs()['x'], isinstance(Items(), Sequence))
print(isinstance(Frozen({}), Hashable), Frozen({'a': 1}) == {'a': 1}, Counter(Frozen({'k': 2})))
print(issubclass(Scope, Iterable), issubclass(OrderedDict, MutableMapping))
