# operator's argument errors, worded as _operator's.
import operator as op
calls = [
    lambda: op.add(1), lambda: op.add(1, 2, 3), lambda: op.add(a=1, b=2), lambda: op.sub(),
    lambda: op.neg(), lambda: op.neg(1, 2), lambda: op.neg(x=1), lambda: op.not_(), lambda: op.truth(1, 2),
    lambda: op.index(), lambda: op.abs(), lambda: op.setitem([1], 0), lambda: op.setitem([1], 0, 1, 2),
    lambda: op.getitem([1]), lambda: op.delitem(), lambda: op.contains([]), lambda: op.countOf([1]),
    lambda: op.indexOf([1], 1, 2), lambda: op.length_hint(), lambda: op.length_hint([], 1, 2),
    lambda: op.concat('a'), lambda: op.is_(1), lambda: op.is_not(1, 2, 3), lambda: op.eq(1),
    lambda: op.iadd([]), lambda: op.ipow(1, 2, 3), lambda: op.pow(2, 3, 5), lambda: op.lt(a=1, b=2),
    lambda: op.__add__(1), lambda: op.__neg__(), lambda: op.inv(),
]
for call in calls:
    try:
        call()
        print('no error')
    except TypeError as e:
        print(e)
