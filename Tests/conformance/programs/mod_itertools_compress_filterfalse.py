# itertools.compress and itertools.filterfalse.
from itertools import compress, filterfalse, count
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1])))
print(list(compress('ABCD', [0, 1])), list(compress([], [1])), list(compress(range(5), [[], [0], '', 'x', 0.0])))
print(list(compress(count(), [True, False, True])), list(compress(data='xyz', selectors=[1, 0, 1])))
evens = [n % 2 == 0 for n in range(10)]
print(list(compress(range(10), evens)))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filterfalse(str.isdigit, 'a1b2c3')), list(filterfalse(lambda s: s, [])))
calls = []
def pred(x):
    calls.append(x)
    return x > 2
ff = filterfalse(pred, [5, 1, 4, 2])
print(next(ff), calls)
print(list(ff), calls)
class Truthy:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(list(compress('abc', [Truthy(True), Truthy(False), Truthy(True)])))
def bad(x):
    raise ValueError(f'bad {x}')
try:
    next(filterfalse(bad, [1]))
except ValueError as e:
    print(e)
try:
    list(filterfalse(1, [2]))
except TypeError as e:
    print(e)
for call in [lambda: compress(), lambda: compress([1]), lambda: compress(1, [2]), lambda: compress([1], 2),
             lambda: compress([1], [2], [3]), lambda: compress([1], x=2), lambda: filterfalse(None),
             lambda: filterfalse(None, 5), lambda: filterfalse(func=None, seq=[])]:
    try:
        call()
    except TypeError as e:
        print(e)
print(type(compress('', '')).__name__, type(filterfalse(None, '')).__name__)
