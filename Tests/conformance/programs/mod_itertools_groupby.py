# itertools.groupby: runs of equal keys, key functions, groups invalidated by advancing.
from itertools import groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, _ in groupby('aabbbc')], [len(list(g)) for _, g in groupby('aabbbc')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby([])], [(k, list(g)) for k, g in groupby('x')])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(sorted(words, key=len), key=len)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
it = groupby('aaabbb')
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2), list(g2))
print(next(it, 'done'))
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])
class Key:
    def __init__(self, v): self.v = v
    def __eq__(self, other): print('  eq', self.v, other.v); return self.v == other.v
print([(k, len(list(g))) for k, g in groupby([Key(1), Key(1), Key(2)])])
g = groupby([1, 1, 3], key=lambda x: x if x != 3 else {}[x])
k, grp = next(g)
try:
    print(list(grp))
except KeyError as e:
    print(repr(e))
for call in [lambda: groupby(), lambda: groupby(5), lambda: groupby([1], None, None),
             lambda: groupby([1], x=1), lambda: groupby([1], iterable=[1])]:
    try:
        call()
    except TypeError as e:
        print(e)
k, grp = next(groupby('z'))
print(type(grp).__name__, type(groupby('')).__name__, k, grp.__class__.__module__)
