# defaultdict errors and edge cases.
from collections import defaultdict
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    defaultdict('list')
except TypeError as e:
    print(type(e).__name__, e)
d = defaultdict(list, [('a', [1])], b=[2])
print(d)
def factory():
    raise ValueError('no default')
f = defaultdict(factory)
try:
    f['x']
except ValueError as e:
    print(type(e).__name__, e)
print(f, len(f))
class D(defaultdict):
    pass
x = D(int)
x['k'] += 1
print(x, type(x).__name__)
print(d | {'c': 3}, type(d | {'c': 3}).__name__)
r = defaultdict(list)
r['self'] = r
print(r)
defaultdict(None)['missing']
