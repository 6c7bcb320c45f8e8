class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
class Custom:
    def __reversed__(self):
        return iter(['z', 'y', 'x'])
class NoLen:
    def __getitem__(self, i):
        return i

print(list(reversed(Seq(1, 2, 3))))
print(list(reversed(Custom())))
print(list(Seq('a', 'b')), list(reversed(Seq())))
try:
    reversed(NoLen())
except TypeError as e:
    print('TypeError', e)
try:
    reversed(5)
except TypeError as e:
    print('TypeError', e)
class NoneReversed(Seq):
    __reversed__ = None
try:
    reversed(NoneReversed(1))
except TypeError as e:
    print('TypeError', e)
r = reversed(Seq(1, 2))
print(next(r), next(r), next(r, 'end'))
