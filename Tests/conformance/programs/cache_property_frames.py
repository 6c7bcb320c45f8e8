class T:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        if self._v < 0:
            raise ValueError('negative %d' % self._v)
        return self._v * 2
    @v.setter
    def v(self, x):
        if x == 13:
            raise KeyError(x)
        self._v = x
t = T(1)
total = 0
for i in range(5):
    t.v = i
    total += t.v
print(total)
for bad in (-1, 13):
    try:
        t.v = bad
        print(t.v)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
T.v = property(lambda self: 'replaced')
print(t.v)
t.__dict__['v'] = 'instance'
print(t.v, vars(t))
def read_all(objs):
    return [o.v for o in objs]
class U(T):
    @property
    def v(self):
        return 'U' + str(self._v)
print(read_all([T(2), U(3), T(4), U(5)]))
class W:
    @property
    def v(self):
        return self.missing
def chain(w):
    return w.v
chain(W())
