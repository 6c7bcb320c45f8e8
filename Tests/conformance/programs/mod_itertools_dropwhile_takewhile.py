# itertools.dropwhile and itertools.takewhile: where they stop, what they consume.
from itertools import dropwhile, takewhile, count
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: True, [1, 2])))
print(list(dropwhile(lambda x: False, [1, 2])), list(takewhile(lambda x: False, [1, 2])))
print(list(takewhile(lambda n: n * n < 50, count())), list(dropwhile(str.isspace, '   hi there')))
it = iter([1, 2, 3, 10, 4, 5])
print(list(takewhile(lambda x: x < 5, it)), list(it))
it = iter([1, 2, 3, 10, 4, 5])
dw = dropwhile(lambda x: x < 5, it)
print(next(dw), list(it))
seen = []
def small(x):
    seen.append(x)
    return x < 3
print(list(dropwhile(small, [1, 2, 3, 1, 2])), seen)
seen.clear()
tw = takewhile(small, [1, 2, 3, 1, 2])
print(list(tw), seen, list(tw))
lines = ['# comment', '# more', 'code = 1', '# not skipped']
print(list(dropwhile(lambda s: s.startswith('#'), lines)))
def boom(x):
    raise KeyError(x)
for f in [dropwhile, takewhile]:
    try:
        next(f(boom, ['k']))
    except KeyError as e:
        print(f.__name__, repr(e))
for call in [lambda: dropwhile(), lambda: dropwhile(len), lambda: takewhile(len, [1], 2),
             lambda: takewhile(len, 3), lambda: dropwhile(predicate=len, iterable=[])]:
    try:
        call()
    except TypeError as e:
        print(e)
for f in [dropwhile, takewhile]:
    try:
        list(f(1, [2]))
    except TypeError as e:
        print(e)
print(type(dropwhile(len, [])), type(takewhile(len, [])))
