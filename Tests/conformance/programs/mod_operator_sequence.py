# operator's sequence functions: concat, contains, countOf, indexOf, getitem, setitem, delitem.
import operator as op
print(op.concat([1], [2]), op.concat('ab', 'c'), op.concat((1,), (2, 3)), op.__concat__('x', 'y'))
print(op.contains([1, 2], 2), op.contains('abc', 'bc'), op.contains({'k': 1}, 'k'), op.contains(range(5), 9))
print(op.__contains__((1,), 1), op.countOf([1, 2, 1, 1], 1), op.countOf('banana', 'a'), op.countOf([], 0))
print(op.countOf([1, 1.0, True], 1), op.indexOf([5, 6, 7], 7), op.indexOf('xyz', 'y'), op.indexOf(iter([4, 5]), 5))
nan = float('nan')
print(op.countOf([nan, nan], nan), op.indexOf([nan], nan), op.contains([nan], nan))
data = [10, 20, 30, 40]
print(op.getitem(data, 1), op.getitem(data, -1), op.getitem(data, slice(1, 3)), op.getitem('abc', 0), op.getitem({'a': 1}, 'a'))
op.setitem(data, 0, 99)
op.setitem(data, slice(1, 3), ['x'])
print(data)
op.delitem(data, 0)
op.delitem(data, slice(None, None, 2))
print(data, op.__getitem__(data, 0))
d = {}
op.setitem(d, 'k', 'v')
op.__setitem__(d, 'j', 1)
op.__delitem__(d, 'k')
print(d)
for call in [lambda: op.concat(1, 2), lambda: op.concat([1], (2,)), lambda: op.concat('a', 1),
             lambda: op.contains(1, 1), lambda: op.countOf(5, 5), lambda: op.indexOf([1], 2),
             lambda: op.indexOf(3, 3), lambda: op.getitem([1], 5), lambda: op.getitem({}, 'x'),
             lambda: op.getitem(5, 0), lambda: op.setitem((1,), 0, 2), lambda: op.delitem([1], 3),
             lambda: op.delitem({}, 'k'), lambda: op.setitem([1], 0)]:
    try:
        call()
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(op.contains(Seq(), 20), op.countOf(Seq(), 10), op.indexOf(Seq(), 20), op.getitem(Seq(), 1))
