# ChainMap write errors, pop/popitem messages, ChainMap subclass with __missing__.
from collections import ChainMap
cm = ChainMap({}, {'shared': 1})
for action in ('del', 'pop', 'popitem'):
    try:
        if action == 'del':
            del cm['shared']
        elif action == 'pop':
            cm.pop('shared')
        else:
            cm.popitem()
    except KeyError as e:
        print(type(e).__name__, e)
class Defaulting(ChainMap):
    def __missing__(self, key):
        return f'<{key}>'
d = Defaulting({'a': 1})
print(d['a'], d['b'], d.get('b', 'g'), 'b' in d)
cm['shared'] = 2
print(cm, cm.pop('shared'), cm)
cm.clear()
print(cm, cm.maps)
c = ChainMap({'a': 1}, {'b': 2})
c.maps.append({'c': 3})
print(c['c'], len(c), sorted(c), c.parents.parents)
print(ChainMap({'x': 1}).maps[1])
