class Bag:
    def __init__(self, *items):
        self._items = list(items)
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __delitem__(self, i):
        del self._items[i]
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __reversed__(self):
        return reversed(self._items)
    def __eq__(self, other):
        return isinstance(other, Bag) and self._items == other._items
    def __add__(self, other):
        return Bag(*self._items, *other)
    def __repr__(self):
        return 'Bag(%s)' % ', '.join(map(repr, self._items))

b = Bag(1, 'two', 3.0)
print(b, len(b), b[1], b[-1], b[0:2], 2 in b, 'two' in b)
b[0] = 'one'
del b[2]
print(b, list(reversed(b)), bool(b), bool(Bag()))
print(b == Bag('one', 'two'), b != Bag(), b + [4, 5], b + Bag(6))
print(sorted(Bag(3, 1, 2)), [x * 2 for x in Bag(1, 2)])
print(Bag(*'ab') == Bag('a', 'b'), Bag() == [], hash(Bag) is not None)
try:
    hash(b)
except TypeError as e:
    print('TypeError', e)
[1] + b
