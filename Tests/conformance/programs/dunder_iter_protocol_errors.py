class NonIter:
    def __iter__(self):
        return 42
class NoneIter:
    __iter__ = None
class NoneContains:
    __contains__ = None
    def __iter__(self):
        return iter([1, 2])
class NoneReversed:
    __reversed__ = None
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i
class OnlyGetitem:
    def __getitem__(self, i):
        print('getitem', i)
        if i > 2:
            raise IndexError(i)
        return i * 10
class ReturnsSelfNoNext:
    def __iter__(self):
        return self
tests = [lambda: iter(NonIter()), lambda: list(NoneIter()), lambda: 1 in NoneContains(),
         lambda: reversed(NoneReversed()), lambda: iter(ReturnsSelfNoNext()),
         lambda: [*NonIter()], lambda: 5 in NoneIter(), lambda: sorted(NonIter())]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError', e)
print(20 in OnlyGetitem(), 5 in OnlyGetitem())
print(list(OnlyGetitem()), list(reversed(NoneReversed.__mro__[:1])))
a, b, c = OnlyGetitem()
print(a, b, c)
for x in NonIter():
    pass
