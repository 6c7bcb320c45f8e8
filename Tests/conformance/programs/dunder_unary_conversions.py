class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(self.v + 0.5)
    def __abs__(self): return N(abs(self.v))
    def __invert__(self): return N(~int(self.v))
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __round__(self, nd=None):
        return 'round(%s)' % nd
    def __trunc__(self): return 'trunc'
    def __repr__(self): return 'N(%r)' % self.v

n = N(-3)
print(-n, +n, abs(n), ~n)
print(int(n), float(n), round(n), round(n, 2))
print(int(N(7.9)), float(N(2)))
print([10, 20, 30, 40][N(2)], 'abcdef'[N(1):N(4)])
print(bin(N(5)), hex(N(255)), oct(N(8)))
print(range(N(3)), list(range(N(1), N(4))))
print('ab' * N(3), [0] * N(2))
print(-(-n), abs(-n))
class OnlyIndex:
    def __index__(self):
        return 4
print(int(OnlyIndex()), float(OnlyIndex()) if False else 'skip', [1, 2, 3, 4, 5][OnlyIndex()])
class BadInt:
    def __int__(self):
        return 'no'
try:
    int(BadInt())
except TypeError as e:
    print('TypeError', e)
