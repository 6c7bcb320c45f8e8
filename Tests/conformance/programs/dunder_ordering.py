class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __le__(self, other):
        return self.n <= other.n
    def __repr__(self):
        return 'V(%d)' % self.n

a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b)
print(b > a, b >= a)
vs = [V(3), V(1), V(2)]
print(sorted(vs), min(vs), max(vs))
print(sorted(vs, reverse=True))
vs.sort()
print(vs)
print(V(1) < V(2) < V(3), V(1) < V(3) < V(2))
class OnlyGt:
    def __init__(self, n):
        self.n = n
    def __gt__(self, other):
        print('gt', self.n, other.n)
        return self.n > other.n
print(OnlyGt(1) < OnlyGt(2))
try:
    V(1) < 5
except AttributeError as e:
    print('AttributeError', e)
try:
    OnlyGt(1) <= OnlyGt(2)
except TypeError as e:
    print('TypeError', e)
