# __getnewargs__, __reduce__ and __reduce_ex__ drive copies the way pickling does.
import copy
class NewArgs:
    def __new__(cls, n):
        print('  __new__', n)
        obj = super().__new__(cls)
        obj.n = n
        return obj
    def __init__(self, n):
        print('  __init__ (not called by copy)')
    def __getnewargs__(self):
        return (self.n * 10,)
c = copy.copy(NewArgs(1))
print(c.n)
class Reduced:
    def __init__(self, a, b=0): self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a,), {'b': self.b, 'extra': 'x'})
r = copy.deepcopy(Reduced([1], 2))
print(r.a, r.b, r.extra)
class Singleton:
    def __reduce__(self): return 'Singleton'
s = Singleton()
print(copy.copy(s) is s, copy.deepcopy(s) is s)
class Both:
    def __reduce_ex__(self, protocol):
        print('  protocol', protocol)
        return (list, ([1, 2],))
print(copy.copy(Both()), copy.deepcopy(Both()))
