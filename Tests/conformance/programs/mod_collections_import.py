# Importing collections and collections.abc in the usual ways.
import collections
import collections.abc
from collections import *
from collections.abc import *
print(collections.deque, collections.Counter, collections.OrderedDict, collections.defaultdict)
print(collections.abc.Sequence, collections.abc.Mapping is Mapping, deque is collections.deque)
print(collections.namedtuple.__name__, collections.ChainMap.__name__, UserDict.__name__)
print(type(collections).__name__, collections.__name__, collections.abc.__name__)
print(isinstance(collections.Counter(), collections.abc.MutableMapping), isinstance(deque(), Sequence))
print(issubclass(collections.OrderedDict, dict), issubclass(collections.defaultdict, Mapping))
print(sorted(n for n in collections.__all__))
print(sorted(collections.abc.__all__)[:6])
