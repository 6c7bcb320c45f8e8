# Subclassing Sequence / MutableSequence / Set / MutableSet.
from collections.abc import Sequence, MutableSequence, Set, MutableSet
class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n
sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, sq.index(16), sq.count(4), list(reversed(sq)))
try: sq.index(7)
except ValueError as e: print('ValueError', e)
class MyList(MutableSequence):
    def __init__(self): self.items = []
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __len__(self): return len(self.items)
    def insert(self, i, v): self.items.insert(i, v)
m = MyList()
m.append(1); m.extend([2, 3]); m += [4]; m.reverse()
print(m.items, m.pop(), m.pop(0), m.items, m.remove(2), m.items)
class LSet(Set):
    def __init__(self, it):
        self.items = list(dict.fromkeys(it))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
a, b = LSet('abc'), LSet('bcd')
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= LSet('abcd'), a == LSet('cba'), a.isdisjoint('xyz'))
