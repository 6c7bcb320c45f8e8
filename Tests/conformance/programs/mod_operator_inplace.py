# operator's in-place functions: mutate when the type supports it, else return a new value.
import operator as op
lst = [1]
r = op.iadd(lst, [2, 3])
print(r, lst, r is lst)
r = op.iadd(lst, 'ab')
print(r, lst is r)
t = (1,)
r = op.iadd(t, (2,))
print(r, t, r is t)
s = {1, 2}
print(op.ior(s, {3}), op.iand(s, {1, 3}), op.isub(s, {1}), op.ixor(s, {9}), s)
d = {'a': 1}
print(op.ior(d, {'b': 2}), d)
print(op.isub(10, 3), op.imul(3, 4), op.imul([0], 3), op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 2))
print(op.ipow(2, 8), op.ilshift(1, 4), op.irshift(64, 2), op.iand(12, 10), op.ior(12, 10), op.ixor(12, 10))
print(op.iconcat([1], (2, 3)), op.iconcat('a', 'b'), op.iconcat((1,), (2,)), op.__iconcat__([0], [0]))
print(op.__iadd__ is op.iadd, op.__imul__(2, 5), op.__ior__(1, 2), op.__ipow__(3, 2), op.__imod__(9, 4))
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x): return 'plain add'
    def __repr__(self): return f'Acc({self.items})'
a = Acc()
print(op.iadd(a, 1) is a, op.iadd(a, 2), op.add(a, 3), a)
class OnlyAdd:
    def __add__(self, x): return f'add {x}'
print(op.iadd(OnlyAdd(), 5), op.imul('ab', 2))
for f, a, b in [(op.iadd, 1, 'a'), (op.imatmul, 1, 2), (op.itruediv, 1, 0), (op.iconcat, 1, [2]),
                (op.isub, [1], [1]), (op.iconcat, [1], 5), (op.iconcat, 'a', 1)]:
    try:
        f(a, b)
    except (TypeError, ZeroDivisionError) as e:
        print(f.__name__, type(e).__name__, e)
