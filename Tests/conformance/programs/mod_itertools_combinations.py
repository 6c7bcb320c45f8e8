# itertools.combinations and combinations_with_replacement.
from itertools import combinations, combinations_with_replacement as cwr
from math import comb
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)))
print(list(combinations('AB', 3)), list(combinations('AB', 0)), list(combinations([], 0)), list(combinations([], 1)))
print(list(cwr('ABC', 2)), list(cwr('AB', 3)), list(cwr([], 2)), list(cwr([], 0)), list(cwr('A', 0)))
print(len(list(combinations(range(10), 4))) == comb(10, 4), len(list(cwr(range(5), 3))))
print([''.join(c) for c in combinations('abcde', 3)][::3])
print(list(combinations([3, 1, 3], 2)), list(combinations(r=1, iterable='xy')), list(cwr(iterable='x', r=2)))
coins = [1, 5, 10, 25]
print(sorted({sum(c) for c in cwr(coins, 2)}))
print([c for c in combinations(range(1, 8), 3) if sum(c) == 10])
c = combinations('abc', 2)
print(next(c), list(c), next(c, 'done'))
for f in [combinations, cwr]:
    for call in [lambda: f([1]), lambda: f([1], -1), lambda: f([1], 'a'), lambda: f([1], None),
                 lambda: f(1, 2), lambda: f(1, -1), lambda: f([1], 1, 2), lambda: f([1], 1, x=2),
                 lambda: f([1], 2 ** 70), lambda: f(r=1)]:
        try:
            call()
        except (TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__, e)
print(type(combinations('', 0)).__name__, type(cwr('', 0)).__name__)
