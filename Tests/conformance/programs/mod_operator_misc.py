# operator.index, length_hint, call; the module's names; operator functions as keys and folds.
import operator as op
from functools import reduce
Idx = type('Idx', (), {'__index__': lambda self: 7})
print(op.index(5), op.index(True), op.index(Idx()), op.index(2 ** 70), op.__index__(-3))
for bad in [2.5, '3', None]:
    try:
        op.index(bad)
    except TypeError as e:
        print(e)
print(op.length_hint([1, 2, 3]), op.length_hint('ab'), op.length_hint({}), op.length_hint(range(10)))
print(op.length_hint(iter([1, 2, 3])), op.length_hint(iter((1, 2))), op.length_hint(iter(range(4))))
it = iter([1, 2, 3])
next(it)
print(op.length_hint(it), op.length_hint(5), op.length_hint(5, 9), op.length_hint(x for x in 'ab'))
class Hint:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
class Sized:
    def __len__(self): return 4
    def __length_hint__(self): return 99
print(op.length_hint(Hint(3)), op.length_hint(Hint(NotImplemented), 8), op.length_hint(Sized()))
for bad in [Hint(-1), Hint('x')]:
    try:
        op.length_hint(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [lambda: op.length_hint([], 'x'), lambda: op.call()]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(op.call(len, [1, 2]), op.call(max, 1, 5, key=op.neg), op.call(dict, a=1), op.__call__(abs, -1))
print(reduce(op.mul, range(1, 7)), reduce(op.or_, [1, 2, 4]), sorted(['bb', 'a', 'ccc'], key=len, reverse=True))
print(list(map(op.add, [1, 2], [10, 20])), list(map(op.itemgetter(0), ['ab', 'cd'])), max(map(op.neg, [1, 5])))
names = sorted(n for n in dir(op) if not n.startswith('_'))
print(len(names), names[:10])
print(sorted(n for n in dir(op) if n.startswith('__i') and n.endswith('__')))
