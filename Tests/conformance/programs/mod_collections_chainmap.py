# ChainMap: lookups through the maps, writes to the first, new_child, parents.
from collections import ChainMap
defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'admin'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm['user'], cm['color'], cm.get('nope', 0), 'size' in cm, len(cm))
print(sorted(cm), sorted(cm.items()), cm)
cm['color'] = 'blue'
print(cli, defaults['color'], cm['color'])
del cm['color']
print(cm['color'])
try:
    del cm['user']
except KeyError as e:
    print('KeyError', e)
child = cm.new_child({'size': 99})
print(child['size'], child.parents['size'], len(child.maps), child.maps[0])
print(child.new_child(), child.new_child(extra=1).maps[0])
print(ChainMap(), ChainMap().maps, bool(ChainMap({})), bool(ChainMap({}, {'a': 1})))
c2 = cm.copy()
c2['new'] = 1
print('new' in cm, 'new' in c2)
print(cm.pop('zz', 'default'), dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})))
try:
    ChainMap({})['missing']
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print('KeyError', e)
