# operator's comparisons, identity tests and truth functions.
import operator as op
for a, b in [(1, 2), (2, 2), (3, 2), (1.5, 1), ('a', 'b'), ([1, 2], [1, 3]), ((2,), (1, 9))]:
    print(a, b, op.lt(a, b), op.le(a, b), op.eq(a, b), op.ne(a, b), op.gt(a, b), op.ge(a, b))
print(op.eq(1, 1.0), op.eq(1, '1'), op.ne(None, None), op.eq({1: 2}, {1: 2}), op.__lt__(1, 2), op.__ge__(1, 2))
x = [1]
print(op.is_(x, x), op.is_(x, [1]), op.is_not(x, [1]), op.is_(None, None), op.is_not(1, None))
print(op.not_(0), op.not_([]), op.not_('x'), op.truth(0), op.truth([0]), op.truth(None), op.__not__(1))
class Weird:
    def __eq__(self, other): return 'eq-result'
    def __lt__(self, other): return ['lt-result']
    def __bool__(self): return False
w = Weird()
print(op.eq(w, 1), op.lt(w, 1), op.ne(w, 1), op.gt(1, w), op.not_(w), op.truth(w))
class Never:
    def __bool__(self): raise ValueError('no truth')
try:
    op.truth(Never())
except ValueError as e:
    print(e)
try:
    op.not_(Never())
except ValueError as e:
    print(e)
for f in [op.lt, op.le, op.gt, op.ge]:
    try:
        f(1, 'a')
    except TypeError as e:
        print(e)
print(op.eq(float('nan'), float('nan')), op.is_(op.truth, op.truth), sorted([3, 1, 2], key=op.neg))
