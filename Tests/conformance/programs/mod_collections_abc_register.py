# Registering virtual subclasses with collections.abc classes.
from collections.abc import Sequence, Mapping, Hashable, Iterable
class Tape:
    def __init__(self, *xs):
        self.xs = xs
    def __getitem__(self, i):
        return self.xs[i]
    def __len__(self):
        return len(self.xs)
print(isinstance(Tape(), Sequence))
Sequence.register(Tape)
print(isinstance(Tape(), Sequence), issubclass(Tape, Sequence), issubclass(Tape, Iterable))
print(Sequence.register(Tape) is Tape)
@Mapping.register
class Bag:
    pass
print(isinstance(Bag(), Mapping), Bag.__name__)
class Sub(Tape):
    pass
print(issubclass(Sub, Sequence))
try:
    Sequence.register(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(5, Sequence)
except TypeError as e:
    print(type(e).__name__, e)
print(Sequence.__module__, Sequence.__name__, repr(Mapping))
print(sorted(Sequence.__abstractmethods__), sorted(Mapping.__abstractmethods__))
