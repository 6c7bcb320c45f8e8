# itertools.pairwise and itertools.starmap.
from itertools import pairwise, starmap, count, islice
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise('')), list(pairwise(range(3))))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
print(list(islice(pairwise(count()), 3)))
it = iter([1, 2, 3])
p = pairwise(it)
print(next(p), list(it), next(p, 'done'))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, ['ab', 'zy'])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])), list(starmap(str.upper, [('x',)])))
print(list(starmap(divmod, zip(range(10, 14), [3] * 4))))
def show(*args, **kw):
    return args, kw
print(list(starmap(show, [[1, 2], range(2), 'ab', {'k': 1}])))
sm = starmap(pow, [(2, 3), 5, (2, 2)])
print(next(sm))
try:
    next(sm)
except TypeError as e:
    print(e)
print(list(sm))
try:
    list(starmap(pow, [(1, 2, 3, 4)]))
except TypeError as e:
    print(type(e).__name__)
try:
    list(starmap(len, [(1, 2)]))
except TypeError as e:
    print(e)
for call in [lambda: pairwise(), lambda: pairwise(1), lambda: pairwise([1], [2]), lambda: pairwise(iterable=[1]),
             lambda: starmap(), lambda: starmap(pow), lambda: starmap(pow, 1), lambda: starmap(pow, [], x=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(type(pairwise([])).__name__, type(starmap(pow, [])).__name__)
