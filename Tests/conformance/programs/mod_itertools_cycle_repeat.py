# itertools.cycle and itertools.repeat: contents, reprs, length hints, argument errors.
from itertools import cycle, repeat, islice
print(list(islice(cycle('abc'), 8)), list(cycle([])))
it = iter([1, 2])
c = cycle(it)
print([next(c) for _ in range(5)], list(it))
c2 = cycle(x * x for x in range(3))
print(list(islice(c2, 7)))
src = [1, 2]
c3 = cycle(src)
next(c3)
src.append(3)
print(list(islice(c3, 6)))
print(list(repeat('x', 3)), list(repeat(None, 0)), list(repeat(1, -5)))
r = repeat([1, 2], 2)
print(r, next(r), r, next(r), r, list(r), r)
print(repeat('a'), repeat(object=5), repeat(1, times=2), repr(repeat('q', -3)))
print(list(map(pow, range(5), repeat(2))), list(zip('ab', repeat(0))))
print(repeat(1, 4).__length_hint__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print(e)
shared = repeat([], 2)
a, b = shared
a.append(1)
print(a is b, b)
for call in [lambda: cycle(), lambda: cycle([1], [2]), lambda: cycle(5), lambda: cycle(x=1),
             lambda: repeat(), lambda: repeat(1, 'x'), lambda: repeat(1, 2.5), lambda: repeat(1, 2, 3),
             lambda: repeat(1, object=2), lambda: repeat(1, foo=2), lambda: repeat(1, None)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len(repeat(1, 3))
except TypeError as e:
    print(e)
