class R:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('R.__add__')
        if isinstance(o, (int, R)):
            return R(self.v + (o.v if isinstance(o, R) else o))
        return NotImplemented
    def __radd__(self, o):
        print('R.__radd__', o)
        return R(o + self.v)
    def __rsub__(self, o):
        return R(o - self.v)
    def __rmul__(self, o):
        return R(o * self.v)
    def __rtruediv__(self, o):
        return R(o / self.v)
    def __rpow__(self, o):
        return R(o ** self.v)
    def __rmatmul__(self, o):
        return 'rmatmul'
    def __rfloordiv__(self, o): return 'rfloordiv'
    def __rmod__(self, o): return 'rmod'
    def __rlshift__(self, o): return 'rlshift'
    def __rand__(self, o): return 'rand'
    def __repr__(self):
        return 'R(%r)' % self.v

print(R(1) + 2)
print(2 + R(1))
print(10 - R(3), 4 * R(2), 1 / R(4), 2 ** R(10))
print([1] @ R(0), 7 // R(1), 7 % R(1), 1 << R(1), 1 & R(1))
print(R(1) + R(2))
print(sum([R(1), R(2), R(3)]))
print('s' + R('t'))
print(R(1) + 'x')
