# Subscripting collections classes and ABCs gives generic aliases; calling one calls the class.
import collections
from collections import deque, Counter, OrderedDict, defaultdict
import collections.abc as cabc
print(deque[int], Counter[str], OrderedDict[str, int], defaultdict[str, list])
print(cabc.Iterable[int], cabc.Mapping[str, int], cabc.Sequence[float], cabc.MutableMapping[str, int])
alias = deque[int]
d = alias([1, 2])
print(d, type(d) is deque, alias.__origin__ is deque, alias.__args__)
def total(xs: cabc.Iterable[int]) -> int:
    return sum(xs)
print(total(deque([1, 2, 3])), total.__annotations__['xs'])
print(cabc.KeysView[str], cabc.Set[int])
try:
    cabc.Sized[int]
except TypeError as e:
    print(type(e).__name__, e)
