# defaultdict: default_factory, __missing__, repr, copy.
from collections import defaultdict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], len(dd))
print(dd['missing'], dd)
print(dd.get('other'), 'other' in dd)
counts = defaultdict(int)
for ch in 'banana':
    counts[ch] += 1
print(counts, dict(counts))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(nested['x']['y'], type(nested['x']).__name__)
n = defaultdict(None, a=1)
print(n, n.default_factory)
try:
    n['b']
except KeyError as e:
    print('KeyError', e)
s = defaultdict(set, {'q': {1}})
c = s.copy()
c['z'].add(2)
print(sorted(c), sorted(s), c.default_factory is set, type(c).__name__)
dd.default_factory = tuple
print(dd['t'], dd.default_factory)
print(defaultdict(int, {'a': 1}) == {'a': 1}, isinstance(dd, dict))
