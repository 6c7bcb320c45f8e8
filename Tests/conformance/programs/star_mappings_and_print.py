class KeysOnly:
    def __init__(self, d):
        self.d = d
    def keys(self):
        print('keys()')
        return list(self.d)
    def __getitem__(self, k):
        print('getitem', k)
        return self.d[k]
def f(**kw):
    return kw
m = KeysOnly({'a': 1, 'b': 2})
print({'z': 9, **{'z': 1}, 'y': 2})
for label, fn in [('dict', lambda: dict(m)), ('merge', lambda: {**m}), ('call', lambda: f(**m)), ('mixed', lambda: {**m, 'a': 0}),
                  ('int', lambda: {**5}), ('list', lambda: f(**[1])),
                  ('dup', lambda: f(**m, **{'b': 3})), ('nonstr', lambda: f(**KeysOnly({1: 2}))),
                  ('kwdup', lambda: f(a=1, **m)), ('star none', lambda: print(*None))]:
    try:
        print(label, fn())
    except (TypeError, KeyError) as e:
        print(label, type(e).__name__, e)
xs = ['a', 'b', 'c']
print(*xs, sep='-', end='|\n')
print(*xs, *range(2), sep='')
print(*[], sep='x', end='<end>\n')
print(*'hi', 1.5, None, sep=', ')
print('a', 'b', sep=None, end=None)
print(*xs, sep='\n')
try:
    print(1, sep=5)
except TypeError as e:
    print('TypeError', e)
try:
    print(1, end=[])
except TypeError as e:
    print('TypeError', e)
print(*{'k1': 1, 'k2': 2}, **{'sep': '+'})
print(**{'end': '!\n', 'sepp': 1})
