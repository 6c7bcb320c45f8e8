# itertools.accumulate: running totals, other functions, initial values, errors while running.
from itertools import accumulate
import operator
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([])), list(accumulate([7])))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)), list(accumulate([3, 1, 4, 1, 5], min)))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate('abc')))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)))
print(list(accumulate([1, 2, 3], None, initial=None)), list(accumulate([1, 2], func=operator.sub)))
print(list(accumulate([[1], [2], [3]])), list(accumulate([0.5, 0.25, 0.125])))
print(list(accumulate(range(5), lambda a, b: a * 10 + b)))
print(list(accumulate([2 ** 62, 2 ** 62, 2 ** 62])))
balance = list(accumulate([100, -20, -30, 50], initial=0))
print(balance)
def trace(a, b):
    print('  f', a, b)
    return a + b
acc = accumulate(iter([1, 2, 3]), trace)
print(next(acc))
print(next(acc))
print(list(acc))
bad = accumulate([1, 'a', 3])
print(next(bad))
try:
    next(bad)
except TypeError as e:
    print(e)
print(next(bad, 'end'))
for call in [lambda: accumulate(), lambda: accumulate(5), lambda: accumulate([1], 2, 3),
             lambda: accumulate([1], x=1), lambda: accumulate([1], None, func=None),
             lambda: accumulate(func=max)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(type(accumulate([])).__name__, accumulate.__module__)
