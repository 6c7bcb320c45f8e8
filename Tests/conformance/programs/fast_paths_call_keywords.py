# Keyword and default binding done in place on the stack (VM/FrameBinding.swift).
def f(a, b, c=0, d=0):
    return (a, b, c, d)
def kwo(a, *, k, m=5):
    return (a, k, m)
def po(a, b=2, /, c=3, *, d=4):
    return (a, b, c, d)
def va(a, *rest, z=9):
    return (a, rest, z)
def vk(a, b=1, **kw):
    return (a, b, sorted(kw.items()))
def both(*args, **kw):
    return (args, sorted(kw.items()))
def cell(a, b=2, *, c=3):
    return lambda: (a, b, c)
big = 10 ** 30
print(f(1, b=2), f(a=1, b=2, c=3, d=4), f(1, 2, d=big), f(d="é", c=[1], b=(), a=None))
print(kwo(1, k=2), kwo(k="ü", a=0), kwo(1, m=7, k=8))
print(po(1), po(1, 2), po(1, 2, c=7), po(1, d=0), po(1, 2, 3, d=5))
print(va(1), va(1, 2, 3), va(1, 2, z=0), va(a=1), va(z=2, a=3))
print(vk(1), vk(1, b=3), vk(1, x=1, y="ß"), vk(a=1, b=2, c=3), vk(1, 2, a_=1))
print(both(), both(1, 2), both(x=1), both(1, y=2))
print(cell(1)(), cell(1, c=9)(), cell(b=7, a=8)())
print(f(**{"a": 1, "b": 2}), f(1, **{"b": 3}), f(*[1, 2], d=5))
def gen(a, b=2, *, c=3):
    yield a; yield b; yield c
print(list(gen(1, c=4)), list(gen(b=0, a=1)))
class A:
    def m(self, x, y=10, *, z=0):
        return (x, y, z)
    def __call__(self, p, q=1):
        return p * q
a = A()
print(a.m(1), a.m(1, y=2), a.m(x=3, z=4), A.m(a, 5, z=6), a(3), a(3, q=4), a(q=2, p=5))
bm = a.m; print(bm(1, z=2), bm(y=3, x=4), vk(1, **{"a_": 2}))
total = 0
for i in range(300):
    total += f(i, b=1, d=2)[3] + f(a=i, b=2, c=3, d=4)[0] + po(i, c=i)[2]
print(total)
