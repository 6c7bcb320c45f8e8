# operator.itemgetter: one or several items, slices, dict keys, reprs, errors.
from operator import itemgetter
rows = [('bob', 25, 'b'), ('alice', 30, 'a'), ('carol', 25, 'c')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(1)('abc'), itemgetter(-1)([1, 2, 3]))
print(itemgetter(0, 2, 1)('xyz'), itemgetter(slice(1, None))('hello'), itemgetter('k', 'j')({'k': 1, 'j': 2}))
print(itemgetter(0, 0)([7]), itemgetter(slice(None, None, -1), 0)('abc'))
g = itemgetter(1)
print(repr(g), repr(itemgetter(1, 'a', None)), repr(itemgetter(slice(1, 2))), str(itemgetter((1, 2))))
print(type(g), type(g).__name__, type(g).__module__, callable(g), g.__call__([8, 9]))
class Lookup:
    def __getitem__(self, key): return f'got {key!r}'
print(itemgetter('x', 3)(Lookup()))
for obj, getter in [([1], itemgetter(5)), ({}, itemgetter('missing')), (5, itemgetter(0)), ('ab', itemgetter('a'))]:
    try:
        getter(obj)
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
for call in [lambda: itemgetter(), lambda: itemgetter(x=1), lambda: g(), lambda: g([1, 2], [3]), lambda: g(obj=[1])]:
    try:
        call()
    except TypeError as e:
        print(e)
inventory = {'apple': 3, 'pear': 1, 'fig': 2}
print(sorted(inventory.items(), key=itemgetter(1)), max(inventory.items(), key=itemgetter(1))[0])
print(g == itemgetter(1), g == g)
