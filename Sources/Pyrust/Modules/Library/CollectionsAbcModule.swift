// collections.abc, written in Python over abc.ABCMeta: the abstract container classes, their
// structural checks (a class defining __iter__ is Iterable, ...), the builtin types registered
// with them, and the mixin methods a subclass gets (Mapping.get, MutableSequence.append, ...).
// They live in _collections_abc (as in CPython) so that collections can import them without
// importing itself; collections.abc re-exports them. The classes are frozen once built: what
// a run registers or caches stays with the run (see abc._AbcData).

extension LibrarySource {
    static let collectionsAbc = #"""
"""Abstract Base Classes for containers."""

from _collections_abc import *
from _collections_abc import _check_methods

# Literal, so that `from collections.abc import *` knows the names when it is compiled.
__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
           "ByteString"]
"""#

    static let collectionsAbcImpl = #"""
"""Abstract Base Classes for containers."""

from abc import ABCMeta, abstractmethod, _freeze

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
           "ByteString"]


_marker = object()
_GenericAlias = type(list[int])


def _native_iterator_types():
    # The iterators of itertools (written in Swift, so no __dict__ shows their methods).
    import itertools as it
    samples = (it.count(), it.cycle(()), it.repeat(0), it.accumulate(()), it.chain(), it.compress((), ()),
               it.dropwhile(len, ()), it.filterfalse(len, ()), it.groupby(()), it.islice((), 0),
               it.pairwise(()), it.starmap(len, ()), it.takewhile(len, ()), it.zip_longest(),
               it.product(), it.permutations(()), it.combinations((), 0),
               it.combinations_with_replacement((), 0), it.tee(())[0])
    return tuple(type(x) for x in samples)


def _builtin_methods():
    # Which builtin types define the methods the structural checks look for (pyrust's builtin
    # types have no __dict__ to look in). __hash__: the unhashable ones set it to None.
    def gen():
        yield
    iterators = (type(iter(b'')), type(iter(bytearray())), type(iter({})), type(iter({}.keys())),
                 type(iter({}.values())), type(iter({}.items())), type(iter([])), type(iter(reversed([]))),
                 type(iter(range(0))), type(iter(set())), type(iter('')), type(iter(())), type(iter(zip())),
                 type(iter(map(len, ()))), type(iter(filter(None, ()))), type(iter(enumerate(()))),
                 type(gen()), reversed, type(iter(len, 0))) + _native_iterator_types()
    views = (type({}.keys()), type({}.values()), type({}.items()))
    sized = (list, tuple, str, bytes, bytearray, dict, set, frozenset, range, memoryview) + views
    containers = (list, tuple, str, bytes, bytearray, dict, set, frozenset, range, memoryview,
                  type({}.keys()), type({}.items()))
    import operator
    callables = (type, type(len), type(gen), type([].append), type(_builtin_methods),
                 type(operator.itemgetter(0)), type(operator.attrgetter('a')),
                 type(operator.methodcaller('a')))
    return {
        '__iter__': sized + iterators,
        '__next__': iterators,
        '__len__': sized,
        '__contains__': containers,
        '__reversed__': (list, dict, range) + views,
        '__getitem__': (list, tuple, str, bytes, bytearray, dict, range, memoryview),
        '__call__': callables,
        'send': (type(gen()),),
        'throw': (type(gen()),),
        'close': (type(gen()),),
        '__hash__': (object,),
        '__await__': (),
        '__aiter__': (),
        '__anext__': (),
    }


_BUILTIN_METHODS = _builtin_methods()
_UNHASHABLE = (list, dict, set, bytearray, type({}.keys()), type({}.items()))


def _check_methods(C, *methods):
    # Each method defined somewhere along C's MRO, and not set to None there.
    mro = C.__mro__
    for method in methods:
        for B in mro:
            d = B.__dict__
            if '__module__' not in d:
                # A builtin type (or one a Swift module defines): no __dict__ lists its methods.
                if method == '__hash__' and B in _UNHASHABLE:
                    return NotImplemented
                if B in _BUILTIN_METHODS.get(method, ()):
                    break
                continue
            if method in d:
                if d[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, "__hash__")
        return NotImplemented


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, "__await__")
        return NotImplemented


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, "__aiter__")
        return NotImplemented


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    def __anext__(self):
        return self.asend(None)

    @abstractmethod
    def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
        return NotImplemented


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, "__iter__")
        return NotImplemented


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__', 'send', 'throw', 'close')
        return NotImplemented


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, "__len__")
        return NotImplemented


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, "__contains__")
        return NotImplemented


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    def __class_getitem__(cls, item):
        raise NotImplementedError('collections.abc.Callable[...] is not supported by pyrust yet')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented


class Set(Collection):
    """A finite, iterable container; the comparisons and operators come from __contains__,
    __iter__ and __len__ (the results are built with _from_iterable)."""

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        chain = (e for s in (self, other) for e in s)
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        # Order-independent, as frozenset's: combine the element hashes symmetrically.
        h = 1927868237 * (len(self) + 1)
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= 0xFFFFFFFFFFFFFFFF
        h = h * 69069 + 907133923
        h &= 0xFFFFFFFFFFFFFFFF
        if h > 0x7FFFFFFFFFFFFFFF:
            h -= 0x10000000000000000
        if h == -1:
            h = 590923713
        return h


class MutableSet(Set):
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


class Mapping(Collection):
    """A read-only mapping: get, keys, items, values, __contains__ and == come from
    __getitem__, __iter__ and __len__."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{self.__class__.__name__}({self._mapping!r})'

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    """A mapping that can change: pop, popitem, clear, update and setdefault come from
    __setitem__ and __delitem__."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Sequence(Reversible, Collection):
    """A read-only sequence: iteration, in, reversed, index and count come from __getitem__
    and __len__."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    """A sequence that can change: append, extend, pop, remove, reverse, clear and += come
    from __setitem__, __delitem__ and insert."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


def _register_builtins():
    # The builtin types CPython registers (or that pass the structural checks).
    iterator_types = [type(iter(b'')), type(iter(bytearray())), type(iter({})), type(iter({}.keys())),
                      type(iter({}.values())), type(iter({}.items())), type(iter([])),
                      type(iter(reversed([]))), type(iter(range(0))), type(iter(set())),
                      type(iter('')), type(iter(())), type(iter(zip())), type(iter(map(len, ()))),
                      type(iter(filter(None, ()))), type(iter(enumerate(())))]
    for t in iterator_types:
        Iterator.register(t)
    def _gen():
        yield
    Generator.register(type(_gen()))
    for t in (tuple, str, range, memoryview):
        Sequence.register(t)
    for t in (bytes, bytearray):
        ByteString.register(t)
    MutableSequence.register(list)
    MutableSequence.register(bytearray)
    Set.register(frozenset)
    MutableSet.register(set)
    Mapping.register(type(type.__dict__))
    MutableMapping.register(dict)
    KeysView.register(type({}.keys()))
    ValuesView.register(type({}.values()))
    ItemsView.register(type({}.items()))


_register_builtins()
del _register_builtins

def _finish():
    abcs = (Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Hashable, Iterable,
            Iterator, Generator, Reversible, Sized, Container, Callable, Collection, Set, MutableSet,
            Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView, Sequence,
            MutableSequence, ByteString)
    # Check the builtin types now: the positive answers are cached for every run.
    builtins = (int, float, bool, str, bytes, bytearray, list, tuple, dict, set, frozenset, range,
                type(None), type({}.keys()), type({}.values()), type({}.items()), type(iter([])),
                type(iter(())), type(iter('')), type(iter({})), type(len), type(_finish))
    for cls in abcs:
        for t in builtins:
            issubclass(t, cls)
        cls.__module__ = 'collections.abc'
        _freeze(cls)


_finish()
del _finish
"""#
}
