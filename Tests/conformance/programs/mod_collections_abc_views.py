# KeysView / ItemsView / ValuesView mixins on a custom Mapping and set operations.
from collections.abc import Mapping, KeysView, ItemsView, ValuesView, Set
class Table(Mapping):
    def __init__(self, pairs):
        self._d = dict(pairs)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
t = Table([('a', 1), ('b', 2), ('c', 3)])
k, i, v = t.keys(), t.items(), t.values()
print(type(k).__name__, len(k), list(k), 'a' in k, 'z' in k)
print(sorted(k & {'a', 'b', 'x'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(('a', 1) in i, ('a', 2) in i, ('q', 1) in i, sorted(i & {('b', 2), ('b', 3)}))
print(2 in v, 5 in v, list(v), len(v))
print(isinstance(k, Set), isinstance(v, Set), isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView))
print(k == {'a', 'b', 'c'}, k <= {'a', 'b', 'c', 'd'}, k < {'a', 'b', 'c'}, k.isdisjoint(['x']))
print(t == {'a': 1, 'b': 2, 'c': 3}, t == Table([('c', 3), ('b', 2), ('a', 1)]), t != {'a': 1})
print(repr(k).startswith('KeysView('), dict(t.items()))
