# functools.reduce: left folds, initial values, CPython's errors.
from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 0), reduce(operator.add, [5]))
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(operator.concat, ['a', 'b', 'c'], '>'))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: f'({a}+{b})', 'abcd'), reduce(lambda a, b: f'({a}+{b})', 'abcd', 'z'))
print(reduce(operator.or_, [{1}, {2}, {3}]), reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
print(reduce(operator.add, iter(range(100))), reduce(lambda a, b: a, [], None))
nested = [[1, 2], [3], [4, 5]]
print(reduce(operator.iadd, nested, []), nested)
def gen():
    yield 2
    yield 3
print(reduce(pow, gen(), 2))
for call in [lambda: reduce(operator.add, []), lambda: reduce(operator.add, 5),
             lambda: reduce(operator.add, [1, 'a']), lambda: reduce(), lambda: reduce(max), lambda: reduce(max, [1], 2, 3),
             lambda: reduce(max, [1], initial=2), lambda: reduce(function=max, iterable=[1])]:
    try:
        call()
    except TypeError as e:
        print(e)
def bad():
    yield 1
    yield 2
    raise ValueError('from the iterable')
try:
    reduce(operator.add, bad())
except ValueError as e:
    print(e)
print(reduce, reduce.__name__)
