# itertools.chain and chain.from_iterable: laziness, errors raised only when reached.
from itertools import chain, islice
print(list(chain('ab', [1, 2], (3,), range(2))), list(chain()), list(chain([], [], [9])))
print(list(chain.from_iterable(['xy', 'z', []])), list(chain.from_iterable([])))
print(list(chain.from_iterable(range(n) for n in range(4))))
def source(name, n):
    print('  open', name)
    yield from range(n)
c = chain(source('a', 2), source('b', 1))
print(next(c))
print(list(c))
lazy = chain.from_iterable(source(k, 1) for k in 'pq')
print('made')
print(list(lazy))
bad = chain([1, 2], 5, [3])
print(next(bad), next(bad))
try:
    next(bad)
except TypeError as e:
    print(e)
print(list(bad))
print(list(islice(chain.from_iterable(iter(lambda: [0, 1], None)), 5)))
try:
    chain.from_iterable(5)
except TypeError as e:
    print(e)
for call in [lambda: chain(x=1), lambda: chain.from_iterable(), lambda: chain.from_iterable([1], [2])]:
    try:
        call()
    except TypeError as e:
        print(e)
try:
    list(chain.from_iterable([1]))
except TypeError as e:
    print(e)
done = chain([1])
print(list(done), list(done), next(done, 'empty'))
print(sum(chain(range(100000), range(100000))), type(chain()).__name__)
