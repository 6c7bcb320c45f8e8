# Recipes built from itertools (as the documentation shows them), checked end to end.
from itertools import *
import operator
def take(n, it): return list(islice(it, n))
def grouper(it, n, fillvalue=None): return zip_longest(*[iter(it)] * n, fillvalue=fillvalue)
def roundrobin(*its):
    nexts = cycle(iter(it).__next__ for it in its)
    for active in range(len(its), 0, -1):
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            nexts = cycle(islice(nexts, active - 1))
def powerset(it):
    s = list(it)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(it, key=None):
    seen = set()
    for e in it:
        k = e if key is None else key(e)
        if k not in seen:
            seen.add(k)
            yield e
def sliding(it, n):
    its = tee(it, n)
    for i, t in enumerate(its):
        for _ in range(i): next(t, None)
    return zip(*its)
def flatten(lol): return chain.from_iterable(lol)
def dotproduct(a, b): return sum(starmap(operator.mul, zip(a, b)))
def partition(pred, it):
    t1, t2 = tee(it)
    return list(filterfalse(pred, t1)), list(filter(pred, t2))
print(take(4, count(3, 3)), list(grouper('ABCDEFG', 3, 'x')), list(roundrobin('ABC', 'D', 'EF')))
print(list(powerset([1, 2, 3])), list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(sliding(range(6), 3)), list(flatten([[1, 2], [3], []])), dotproduct([1, 2, 3], [4, 5, 6]))
print(partition(lambda x: x % 2, range(10)), [k for k, g in groupby(sorted('mississippi'))])
print(list(accumulate(repeat(2, 5), operator.mul)), list(starmap(operator.add, pairwise(range(5)))))
print(sum(1 for _ in permutations(range(5))), list(compress(count(), map(operator.not_, [0, 1, 0, 0]))))
