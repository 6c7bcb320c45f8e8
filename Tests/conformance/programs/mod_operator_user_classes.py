# operator functions on user classes: dunders, reflected operands, NotImplemented.
import operator as op
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __mul__(self, o): return NotImplemented
    def __neg__(self): return V(-self.x)
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return 'inverted'
    def __matmul__(self, o): return ('matmul', self.x, o.x)
    def __lt__(self, o): return self.x < o.x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __getitem__(self, i): return self.x * i
    def __contains__(self, v): return v == self.x
    def __index__(self): return self.x
    def __bool__(self): return self.x != 0
    def __repr__(self): return f'V({self.x})'
a, b = V(2), V(-5)
print(op.add(a, b), op.add(a, 1), op.add(1, a), op.neg(b), op.abs(b), op.invert(a), op.matmul(a, b))
print(op.lt(a, b), op.gt(a, b), op.eq(a, V(2)), op.ne(a, b), op.getitem(a, 3), op.contains(a, 2))
print(op.index(a), op.truth(V(0)), op.not_(a), op.iadd(V(1), 1), op.mul(2, [1]), sorted([a, b, V(0)]))
for f, x, y in [(op.mul, a, 2), (op.imul, a, 2), (op.sub, a, b)]:
    try:
        f(x, y)
    except TypeError as e:
        print(e)
print(op.concat(a, a), op.iconcat(a, 1) if False else op.iconcat(a, a))
try:
    op.concat(a, 1)
except TypeError as e:
    print(e)
class Seq(list):
    pass
print(op.concat(Seq([1]), [2]), op.iconcat(Seq([1]), (2,)), type(op.iconcat(Seq([1]), [2])).__name__)
