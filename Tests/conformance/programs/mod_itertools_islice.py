# itertools.islice: the stop/start/stop/step forms, what it consumes, CPython's errors.
from itertools import islice, count
s = 'ABCDEFG'
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)), list(islice(s, 0, None, 2)))
print(list(islice(s, None)), list(islice(s, 5, 2)), list(islice(s, 10)), list(islice(s, 1, 6, 3)))
print(list(islice(s, None, None, None)), list(islice(s, 0)), list(islice(count(), 3, 12, 4)))
print(list(islice(range(10), True, 5, True)), list(islice(range(100), 95, 1000)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), list(it))
it = iter(range(10))
print(list(islice(it, 1, 9, 3)), list(it))
class Idx:
    def __index__(self): return 2
print(list(islice(s, Idx())), list(islice(s, Idx(), None, Idx())))
sl = islice(count(), 2)
print(next(sl), next(sl), next(sl, 'stop'))
for args in [(-1,), ('a',), (1.0,), (2 ** 70,), (-5,), (-1, 2), (1, -2), ('a', 3), (1, 'b'), (0, 3, 0),
             (0, 3, -1), (0, 3, 1.5), (0, 3, 'x')]:
    try:
        islice(s, *args)
    except ValueError as e:
        print(args, e)
for call in [lambda: islice(), lambda: islice(s), lambda: islice(s, 1, 2, 3, 4), lambda: islice(5, 1),
             lambda: islice(s, stop=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(sum(islice(range(10 ** 6), 10, None, 7)), type(islice(s, 1)).__name__)
