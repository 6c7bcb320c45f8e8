# collections.abc structural checks on user classes (__subclasshook__).
from collections.abc import Iterable, Iterator, Sized, Container, Callable, Hashable, Reversible, Collection, Sequence
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class OnlyLen:
    def __len__(self):
        return 0
class Unhashable:
    __hash__ = None
class Eq:
    def __eq__(self, other):
        return True
class Call:
    def __call__(self):
        return 1
class Box:
    def __contains__(self, x):
        return False
class Full(OnlyLen, Box):
    def __iter__(self):
        return iter(())
class Rev(Full):
    def __reversed__(self):
        return iter(())
for cls in (It, OnlyLen, Unhashable, Eq, Call, Box, Full, Rev, object):
    checks = [issubclass(cls, a) for a in (Iterable, Iterator, Sized, Container, Callable, Hashable,
                                           Reversible, Collection, Sequence)]
    print(cls.__name__, checks)
print(isinstance(It(), Iterator), isinstance(Call(), Callable), isinstance(Eq(), Hashable))
class NoIter(It):
    __iter__ = None
print(issubclass(NoIter, Iterable), isinstance(NoIter(), Iterator))
print(isinstance(lambda: 0, Callable), isinstance(Call, Callable), isinstance(3, Callable))
