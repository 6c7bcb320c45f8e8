# itertools.zip_longest: fill values, uneven and empty inputs, the fillvalue keyword only.
from itertools import zip_longest, count, repeat, islice
print(list(zip_longest('ABCD', 'xy')), list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest()), list(zip_longest('ab')), list(zip_longest([], [])), list(zip_longest([], [1])))
print(list(zip_longest([1], [2, 3], [4, 5, 6], fillvalue=0)))
print(list(islice(zip_longest(count(), 'ab'), 4)))
print([''.join(row) for row in zip_longest('abc', 'de', 'f', fillvalue='.')])
fill = []
rows = list(zip_longest([1], [1, 2], fillvalue=fill))
print(rows, rows[1][0] is fill)
calls = []
def gen(name, n):
    for i in range(n):
        calls.append(f'{name}{i}')
        yield i
z = zip_longest(gen('a', 1), gen('b', 2))
print(list(z), calls)
z = zip_longest('a', 'bc')
print(list(z), list(z), next(z, 'end'))
def broken():
    yield 1
    raise ValueError('inner')
try:
    list(zip_longest(broken(), 'abc'))
except ValueError as e:
    print(e)
try:
    list(zip_longest([1], 5))
except TypeError as e:
    print(e)
for kw in [{'fill': 1}, {'fillvalue': 1, 'x': 2}, {'x': 1}]:
    try:
        zip_longest('a', **kw)
    except TypeError as e:
        print(sorted(kw), e)
print(list(zip_longest('ab', repeat(0, 1), fillvalue=None)), type(zip_longest()).__name__)
