# collections.abc: isinstance/issubclass of builtin types.
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Callable, Hashable,
                             Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
                             Collection, Reversible, KeysView, ItemsView, ValuesView)
def gen():
    yield 1
samples = [[1], (1,), 'ab', b'ab', {'a': 1}, {1}, frozenset(), range(3), iter([]), gen(), len, 5, None,
           {}.keys(), {}.items(), {}.values(), bytearray(b'x')]
abcs = [Iterable, Iterator, Generator, Sized, Container, Callable, Hashable, Sequence, MutableSequence,
        Mapping, MutableMapping, Set, MutableSet, Collection, Reversible, KeysView, ItemsView, ValuesView]
for s in samples:
    row = ''.join('1' if isinstance(s, a) else '.' for a in abcs)
    print(f'{type(s).__name__:20} {row}')
print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(str, Hashable),
      issubclass(list, Hashable), issubclass(int, Iterable), issubclass(type, Callable))
