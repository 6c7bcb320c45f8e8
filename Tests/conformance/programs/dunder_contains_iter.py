class Evens:
    def __contains__(self, x):
        print('contains', x)
        return x % 2 == 0
class Iterable:
    def __iter__(self):
        print('iter called')
        return iter([1, 2, 3])
class GetItemOnly:
    def __getitem__(self, i):
        print('getitem', i)
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(4 in Evens(), 3 in Evens(), 3 not in Evens())
print(2 in Iterable(), 5 in Iterable())
print(20 in GetItemOnly())
print(list(GetItemOnly()))
class TruthyContains:
    def __contains__(self, x):
        return 'nonempty'
print(1 in TruthyContains())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print('TypeError', e)
