# itertools.permutations: order, r, empty and oversized r, argument errors.
from itertools import permutations
from math import factorial
print(list(permutations('ABC', 2)), list(permutations(range(3))))
print(list(permutations([])), list(permutations([], 0)), list(permutations('ab', 0)), list(permutations('ab', 3)))
print([''.join(p) for p in permutations('abcd', 2)])
print(len(list(permutations(range(6)))) == factorial(6), len(list(permutations(range(7), 3))))
print(list(permutations([1, 1, 2])), list(permutations('x', None)), list(permutations(r=1, iterable='ab')))
print(list(permutations(iter([3, 1, 2]), 3))[:3])
best = max(permutations([3, 1, 2]), key=lambda p: p[0] * 100 + p[1] * 10 + p[2])
print(best)
p = permutations('ab')
print(next(p), next(p), next(p, 'done'), list(p))
class Two(int):
    pass
print(list(permutations('abc', Two(2)))[:2], list(permutations('abc', True)))
for call in [lambda: permutations(), lambda: permutations(1), lambda: permutations([1], -1),
             lambda: permutations([1], 'a'), lambda: permutations([1], 1.0), lambda: permutations([1], 1, 2),
             lambda: permutations([1], x=1), lambda: permutations([1], 2 ** 70), lambda: permutations(5, -1)]:
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(type(permutations('')).__name__)
