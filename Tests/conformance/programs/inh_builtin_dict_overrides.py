class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
d = LowerDict()
d['A'] = 1
d['b'] = 2
print(d, d['a'], d['B'], len(d), 'a' in d, 'A' in d, list(d), d.get('a'), d.get('A'))
print(sorted(d.items()), list(d.keys()), list(d.values()), d == {'a': 1, 'b': 2}, dict(d), type(dict(d)).__name__)
d.update(C=3)
print(d, d.pop('C'), d.setdefault('z', 0), d)
a = Attr(x=1, y=2)
print(a.x + a.y, a, isinstance(a, dict))
try:
    a.nope
except AttributeError as e:
    print('AttributeError', e)
def f(**kw):
    return kw
print(f(**a), {**a, 'z': 3}, [k for k in a], {k: v * 2 for k, v in a.items()})
try:
    LowerDict()['missing']
except KeyError as e:
    print('KeyError', e)
print(hash(Attr) != 0, Attr.__mro__)
try:
    hash(a)
except TypeError as e:
    print('TypeError', e)
