g = 'global g'
class B:
    print('class body sees global:', g)
    g = 'class g'
    print('then its own:', g)
print(g, B.g)
class C:
    len = lambda self: 'shadowed len'
    size = len([1, 2])
print(C.size, C().len())
def h():
    v = 'enclosing v'
    class D:
        v = 'class v'
        w = [v for _ in range(1)]
    return D.w
print(h())
def f():
    n = 'enclosing n'
    class A:
        m = n
    print('enclosing read when the class body never assigns n:', A.m)
    class B:
        print('n is assigned in this class body, so it is looked up in globals')
        print(n)
        n = 'class n'
    return B.n
f()
