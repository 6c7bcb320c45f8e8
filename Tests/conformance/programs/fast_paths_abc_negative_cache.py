# ABC checks after library imports: a cached "no" is dropped when the program registers
import collections
from collections.abc import Sequence, MutableSequence, Mapping, Hashable, Iterable, Sized
class Seq:
    pass
print(issubclass(Seq, Sequence), isinstance(Seq(), Sequence), issubclass(Seq, MutableSequence))
Sequence.register(Seq)
print(issubclass(Seq, Sequence), isinstance(Seq(), Sequence), issubclass(Seq, MutableSequence))
class It:
    def __iter__(self):
        return iter(())
print(isinstance(It(), Iterable), issubclass(list, Mapping), issubclass(dict, Mapping))
print(isinstance(collections.OrderedDict(), Mapping), issubclass(collections.deque, MutableSequence))
print(isinstance(collections.Counter(), Sized), issubclass(collections.UserList, Sequence))
print(isinstance([], Hashable), isinstance((), Hashable), issubclass(str, Sequence), issubclass(Seq, Sized))
class Mine(Mapping):
    def __getitem__(self, k):
        raise KeyError(k)
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())
print(issubclass(Mine, Mapping), isinstance(Mine(), Sized), issubclass(Mine, Sequence), dict(Mine()))
