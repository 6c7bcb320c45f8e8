class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        print('missing', key)
        value = self[key] = self.factory()
        return value

d = DefaultDict(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d, len(d))
print(d.get('zzz'), 'zzz' in d)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'abracadabra':
    c[ch] += 1
print(c)
print(c['q'], len(c))
class Raises(dict):
    def __missing__(self, key):
        raise KeyError('custom ' + repr(key))
try:
    Raises()['x']
except KeyError as e:
    print('KeyError', e)
Raises(a=1)['b']
