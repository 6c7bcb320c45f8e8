# collections.abc checks on the iterators of itertools, operator's callables, and classes made
# with type(name, bases, dict).
import itertools, operator
from collections.abc import Iterator, Iterable, Callable, Sized, Hashable
objs = [itertools.count(), itertools.chain(), itertools.tee([])[0], iter(len, 0), itertools.groupby([]),
        itertools.product('ab'), itertools.islice('abc', 2), map(str, ()), zip(), enumerate(())]
print([isinstance(x, Iterator) for x in objs])
print([isinstance(x, Sized) for x in objs])
print(isinstance(operator.itemgetter(1), Callable), isinstance(operator.attrgetter('a'), Callable),
      isinstance(itertools.count, Callable), issubclass(itertools.product, Iterable))
E = type('E', (), {'__iter__': lambda self: iter(()), '__len__': lambda self: 0})
print(E.__module__, '__module__' in E.__dict__, isinstance(E(), Iterable), isinstance(E(), Sized))
U = type('U', (E,), {'__hash__': None})
print(isinstance(U(), Hashable), isinstance(E(), Hashable), list(E.__dict__)[:2])
