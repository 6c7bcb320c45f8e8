class Plain:
    def __getattr__(self, name):
        print('__getattr__', name)
        raise AttributeError(name)
p = Plain()
p.__len__ = lambda: 5
p.__call__ = lambda: 'called'
p.__iter__ = lambda: iter([1])
p.__bool__ = lambda: False
print(p.__len__(), p.__call__(), bool(p))
for what, fn in [('len', len), ('iter', iter), ('call', lambda o: o())]:
    try:
        print(fn(p))
    except TypeError as e:
        print(what, 'TypeError', e)
print(callable(p))
Plain.__len__ = lambda self: 3
Plain.__call__ = lambda self, *a: ('class call', a)
print(len(p), p(1, 2), callable(p), bool(p))
del Plain.__len__
try:
    len(p)
except TypeError as e:
    print('TypeError', e)
class Meta(type):
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return (cls.__name__, k)
class K(metaclass=Meta):
    def __len__(self):
        return 1
print(len(K), len(K()), K['key'])
try:
    K()['key']
except TypeError as e:
    print('TypeError', e)
p + 1
