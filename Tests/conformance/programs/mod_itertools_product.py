# itertools.product: order, repeat, empty pools, when the inputs are read, errors.
from itertools import product
print(list(product('AB', 'xy')), list(product(range(2), repeat=3)))
print(list(product()), list(product(repeat=0)), list(product('ab', repeat=0)), list(product('ab', [])))
print(list(product('ab', 'c', [1, 2])), len(list(product(range(4), repeat=4))))
print(list(product('ab', 'xy', repeat=2))[:5])
print([''.join(p) for p in product('01', repeat=3)])
print(list(product([1, 2], repeat=1)), list(product(iter([1, 2]), iter('ab'))))
read = []
def src(tag):
    for i in range(2):
        read.append(tag + str(i))
        yield i
p = product(src('a'), src('b'))
print(read, next(p), list(p))
print(list(product(1 if False else [], repeat=5)), list(product(5, repeat=0)))
grid = [(r, c) for r, c in product(range(2), range(3)) if r != c]
print(grid)
for call in [lambda: product(1), lambda: product([1], repeat=-1), lambda: product([1], repeat='a'),
             lambda: product([1], x=2), lambda: product([1], repeat=1, x=2), lambda: product([1], repeat=None),
             lambda: product([1], repeat=2 ** 70)]:
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
pr = product('a')
print(list(pr), list(pr), type(pr).__name__)
