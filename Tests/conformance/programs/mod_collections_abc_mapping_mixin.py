# Subclassing Mapping / MutableMapping: the mixin methods come for free.
from collections.abc import Mapping, MutableMapping
class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
f = Frozen(a=1, b=2)
print(f['a'], f.get('z'), f.get('b', 0), 'a' in f, 'z' in f, len(f))
print(list(f.keys()), list(f.items()), list(f.values()), f == {'a': 1, 'b': 2}, f != {'a': 1})
print(f.keys() & {'a', 'q'}, ('a', 1) in f.items(), 2 in f.values(), dict(f))
class Store(MutableMapping):
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data[k.lower()]
    def __setitem__(self, k, v):
        self.data[k.lower()] = v
    def __delitem__(self, k):
        del self.data[k.lower()]
    def __iter__(self):
        return iter(self.data)
    def __len__(self):
        return len(self.data)
s = Store()
s['A'] = 1
s.update({'B': 2}, C=3)
print(dict(s), s.pop('b'), s.pop('zz', None), s.setdefault('D', 4), s.popitem(), dict(s))
s.clear()
print(len(s), isinstance(s, Mapping), isinstance(f, MutableMapping))
try:
    s.pop('missing')
except KeyError as e:
    print('KeyError', e)
