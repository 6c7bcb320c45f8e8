# The itertools types: names, modules, isinstance, reprs, iterator protocol.
import itertools
from itertools import *
objs = [count(), cycle(''), repeat(1), accumulate([]), chain(), compress('', ''), dropwhile(len, ''),
        takewhile(len, ''), filterfalse(None, ''), starmap(len, ''), groupby(''), islice('', 1),
        pairwise(''), zip_longest(), product(), permutations(''), combinations('', 1),
        combinations_with_replacement('', 1), tee('')[0]]
for o in objs:
    t = type(o)
    print(t, t.__name__, t.__module__, t.__qualname__, iter(o) is o, isinstance(o, t))
print(isinstance(chain(), chain), isinstance(count(), chain), issubclass(chain, object))
print(count, itertools.chain, type(count) is type, callable(islice))
print(repr(count(3)), str(repeat('a', 2)), f'{count(1, 2)}')
print(itertools.tee.__name__, tee.__module__)
print(sorted(n for n in dir(itertools) if not n.startswith('_')))
print(hasattr(chain, 'from_iterable'), chain.from_iterable.__name__)
c = count()
print(c.__next__(), next(c), c.__iter__() is c)
print(type(c).__name__ == 'count', type(chain.from_iterable(['a'])).__name__)
try:
    itertools.count.nope
except AttributeError as e:
    print(e)
try:
    count().nope
except AttributeError as e:
    print(e)
try:
    len(count())
except TypeError as e:
    print(e)
try:
    count()[0]
except TypeError as e:
    print(e)
print(count() == count(), bool(repeat(1, 0)))
