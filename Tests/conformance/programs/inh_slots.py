class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, P.__slots__)
p.x = 10
print(p.x, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
del p.y
try:
    p.y
except AttributeError as e:
    print('AttributeError', e)
print(type(P.x).__name__)

class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, q.__dict__)

class R(P):
    __slots__ = ('w',)
r = R(1, 2)
r.w = 5
print(r.w, hasattr(r, '__dict__'))
class S:
    __slots__ = 'only'
s = S()
s.only = 'one'
print(s.only)
s.other = 1
