def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
def check(fn):
    try:
        print(fn())
    except TypeError as e:
        print('TypeError', e)
check(lambda: f(1, b=2, c=3, d=4))
check(lambda: f(a=1, b=2, c=3, d=4))
check(lambda: f(1, 2, 3, 4))
check(lambda: f(1, 2))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, b=2, /, c=3):
    return a, b, c
print(h(1), h(1, 5), h(1, c=9), h.__defaults__)
class K:
    def m(self, v, /):
        return v
print(K().m(7))
check(lambda: K().m(v=7))
f(1, 2, 3, d=4, e=5)
