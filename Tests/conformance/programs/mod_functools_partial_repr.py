# Reprs of partial objects and of subclasses.
from functools import partial
def f(*a, **k): return a, k
class Obj:
    def __repr__(self): return 'Obj()'
print(repr(partial(f)), repr(partial(f, 1, 'two', [3])))
print(repr(partial(f, x=1, y='s')), repr(partial(f, Obj(), key=Obj())))
print(repr(partial(len)), repr(partial(partial(f, 1), 2, k=3)))
print(str(partial(print, sep='-')))
class MyPartial(partial):
    pass
mp = MyPartial(f, 1)
print(repr(mp), type(mp).__name__, mp(2))
class Tagged(partial):
    def __repr__(self): return 'Tagged!'
print(repr(Tagged(f)), f'{Tagged(f)}')
print(repr(partial(partial(len))))
print([repr(partial(f, i)) for i in range(2)])
