# Registering builtin types with library ABCs: the harness runs this three times in one
# thread, so a registration leaking into the next run would show in the first line.
from abc import ABC
from collections.abc import Sequence, Hashable, Sized, Iterable
print(isinstance(3, Sequence), issubclass(int, Sized), isinstance(3.5, ABC), issubclass(float, Iterable))
Sequence.register(int)
Sized.register(int)
ABC.register(float)
class Mine(Iterable):
    def __iter__(self):
        return iter(())
print(isinstance(3, Sequence), issubclass(int, Sized), isinstance(3.5, ABC), issubclass(Mine, Iterable))
print(issubclass(bool, Sequence), isinstance(True, Sized), issubclass(float, Iterable))
print(isinstance([], Sequence), isinstance(None, Hashable), isinstance([], Hashable))
