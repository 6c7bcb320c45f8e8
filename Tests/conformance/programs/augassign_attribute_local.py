class Box:
    def __init__(self, v):
        self.v = v
    def bump(self, k):
        self.v += k
        self.v *= 2
        self.v -= self.v // 3
        return self.v
b = Box(1)
print(b.bump(2), b.bump(3))
def walrus_target():
    a = Box(10)
    other = Box(100)
    a.v += (a := other).v
    return a.v, other.v
print(walrus_target())
def with_property():
    class P:
        def __init__(self):
            self._v = [1]
        @property
        def v(self):
            print('get')
            return self._v
        @v.setter
        def v(self, x):
            print('set', x)
            self._v = x
    p = P()
    p.v += [2]
    return p._v
print(with_property())
def unbound():
    try:
        q.v += 1
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    q = Box(0)
    q.v += 1
    return q.v
print(unbound())
def missing_attr():
    b = Box(1)
    del b.v
    b.v += 1
missing_attr()
