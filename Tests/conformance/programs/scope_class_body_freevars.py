x = 'global x'
def f():
    x = 'enclosing x'
    class B:
        x = x
        print('B copies', x)
    class C:
        print('C before', x)
        x = 'class x'
        print('C after', x)
        def m(self):
            return x
    return C().m(), B.x
print(f())
class Meta(type):
    __prepare__ = classmethod(lambda mcs, name, bases: {'y': 'from prepare'})
def g():
    y = 'cell y'
    class D(metaclass=Meta):
        z = y
    return D.z, y
print(g())
def h():
    n = 0
    class E:
        nonlocal n
        n = 5
    return n, hasattr(E, 'n')
print(h())
class F:
    global gvar
    gvar = 'set from class body'
    items = [1, 2]
    doubled = [i * 2 for i in items]
print(gvar, F.doubled, hasattr(F, 'gvar'))
def k():
    class G:
        w = 1
        vals = [w for _ in range(1)]
k()
