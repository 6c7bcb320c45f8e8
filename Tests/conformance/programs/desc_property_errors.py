class A:
    @property
    def ro(self):
        return 1
    def _get(self):
        return 2
    legacy = property(_get)
    nothing = property()

a = A()
def check(f):
    try:
        f()
    except AttributeError as e:
        print('AttributeError', e)
print(a.ro, a.legacy)
check(lambda: setattr(a, 'ro', 5))
check(lambda: delattr(a, 'ro'))
check(lambda: setattr(a, 'legacy', 5))
check(lambda: delattr(a, 'legacy'))
check(lambda: a.nothing)
check(lambda: setattr(a, 'nothing', 1))
check(lambda: delattr(a, 'nothing'))
print(A.ro.fget(a), A.ro.fset, A.ro.fdel)
a.__dict__['ro'] = 'shadow?'
print(a.ro)
A.ro = 'replaced on class'
print(a.ro)
a.legacy = 3
