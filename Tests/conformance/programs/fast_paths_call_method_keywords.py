# Cached user methods called with keywords; __init__ and super() methods bound in place.
class Base:
    def __init__(self, a, b=2, *, c=3, **extra):
        self.v = (a, b, c, sorted(extra.items()))
        self.get = lambda: (a, c)          # a cell capturing parameters
    def m(self, x, y=10, *rest, z=0, **kw):
        return (x, y, rest, z, sorted(kw.items()))
    def g(self, n, step=1):
        yield from range(0, n, step)
class Sub(Base):
    def m(self, x, y=1, **kw):
        return ("sub",) + super().m(x, y=y, **kw) + super().m(x, z=x)
acc = []
for i in range(3):
    o = Base(i, c=i * 2, q="é")
    acc.append((o.v, o.get(), o.m(i, y=i), o.m(1, 2, 3, z=4, w=5), list(o.g(5, step=2)), o.m(x=i)))
print(acc)
s = Sub(1, b=2)
print(s.v, s.m(7, y=8), s.m(x=1, k=2), Base.m(s, 1, z=2), Sub.m(s, x=0))
o = Base(0)
for i in range(3):
    if i == 1: o.m = lambda **k: ("shadowed", sorted(k))
    if i == 2: Base.m = lambda self, x=0, **k: ("replaced", x, sorted(k))
    print(o.m(x=5, y=6) if i < 2 else Base(0).m(x=5, y=6))
bm = Base(5).g
print(list(bm(n=4)), list(bm(3, step=1)))
for bad in (lambda: Base(1).g(m=1), lambda: Base(1, 2, 3), lambda: Base(a=1, a2=2, c=1).v,
            lambda: Base(1).m(1, x=2), lambda: Sub(1).m(), lambda: Sub(1).m(1, 2, 3)):
    try:
        print("ok", bad())
    except TypeError as e:
        print("TypeError:", e)
class K:
    def __init__(self, *, key): self.key = key
    def __call__(self, p, q=0): return (self.key, p, q)
k = K(key=[1])
print(k(1, q=2), k(p=3), [K(key=j).key for j in range(3)])
K(1)
