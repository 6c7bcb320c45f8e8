# OrderedDict views (odict_keys ...), reversed dict views, deque iterator types.
from collections import OrderedDict, Counter, defaultdict, deque
import collections.abc as cabc
od = OrderedDict(a=1, b=2, c=3)
k, i, v = od.keys(), od.items(), od.values()
print(k, i, v, len(k), 'a' in k, ('b', 2) in i, 3 in v)
print(list(reversed(k)), list(reversed(i)), list(reversed(v)))
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), k == {'a', 'b', 'c'}, isinstance(k, cabc.KeysView))
od.move_to_end('a')
print(list(k), list(i)[0], type(k).__name__, type(i).__name__, type(v).__name__)
d = {'x': 1, 'y': 2}
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())), list(reversed(d)))
c = Counter('aab')
dd = defaultdict(int, q=1)
print(c.keys(), c.items(), dd.values(), list(reversed(c)), list(reversed(dd.items())))
q = deque([1, 2, 3])
print(type(iter(q)), type(reversed(q)), list(reversed(q)), next(reversed(q)))
for key, val in od.items():
    print(key, val, end='; ')
print()
