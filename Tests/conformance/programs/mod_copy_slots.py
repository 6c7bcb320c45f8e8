# Instances with __slots__ (and __dict__ alongside), inherited slots, unset slots.
import copy
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self, a): self.a = a
s = Slotted([1])
c = copy.copy(s)
print(c.a, c.a is s.a, hasattr(c, 'b'), type(c).__name__)
d = copy.deepcopy(s)
print(d.a, d.a is s.a)
s.b = 'set'
print(copy.copy(s).b)
class Child(Slotted):
    __slots__ = ('c',)
    def __init__(self):
        super().__init__(1)
        self.c = 3
ch = copy.deepcopy(Child())
print(ch.a, ch.c, hasattr(ch, 'b'))
class Mixed:
    __slots__ = ('x', '__dict__')
m = Mixed()
m.x = 1
m.y = 2
mc = copy.copy(m)
print(mc.x, mc.y, vars(mc))
class Single:
    __slots__ = 'only'
one = Single()
one.only = 'v'
print(copy.copy(one).only)
class WithState:
    __slots__ = ('p',)
    def __getstate__(self): return {'p': 'from getstate'}
    def __setstate__(self, st): self.p = st['p'].upper()
w = WithState()
w.p = 'x'
print(copy.copy(w).p, copy.deepcopy(w).p)
