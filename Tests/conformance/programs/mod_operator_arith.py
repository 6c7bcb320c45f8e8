# operator's arithmetic and bitwise functions, their dunder aliases, unary functions.
import operator as op
pairs = [(7, 2), (-7, 2), (7.5, 2), (2, 0.5), (True, 3)]
for a, b in pairs:
    print(a, b, op.add(a, b), op.sub(a, b), op.mul(a, b), op.truediv(a, b), op.floordiv(a, b), op.mod(a, b), op.pow(a, b))
print(op.lshift(1, 70), op.rshift(-256, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.and_(True, False), op.or_({1, 2}, {3}), op.xor({1, 2}, {2, 3}), op.or_({'a': 1}, {'b': 2}))
print(op.neg(5), op.neg(-2.5), op.pos(-3), op.invert(5), op.inv(-1), op.abs(-7), op.abs(-2.5), op.abs(True))
print(op.add('ab', 'cd'), op.mul('ab', 3), op.mul(2, [0]), op.add((1,), (2,)), op.mod('%s-%d', ('x', 4)))
print(op.__add__ is op.add, op.__mul__(3, 4), op.__neg__(1), op.__inv__(0), op.__invert__(0), op.__abs__(-1))
print(op.__and__(6, 3), op.__or__(6, 3), op.__xor__(6, 3), op.__lshift__(1, 3), op.__rshift__(8, 3))
print(op.__pow__(2, 10), op.__mod__(10, 3), op.__floordiv__(10, 3), op.__truediv__(1, 4), op.__sub__(1, 4))
print(op.truediv(10 ** 20, 10 ** 18), op.floordiv(-(10 ** 20), 7), op.pow(2, -2))
for f, a, b in [(op.add, 1, 'a'), (op.truediv, 1, 0), (op.floordiv, 1, 0), (op.mod, 1.0, 0), (op.rshift, 1, -1),
                (op.lshift, 1.5, 1), (op.matmul, 1, 2), (op.and_, 1.0, 1), (op.pow, 0, -1), (op.sub, [1], [1])]:
    try:
        print(f(a, b))
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
for f, a in [(op.neg, 'a'), (op.pos, [1]), (op.invert, 1.5), (op.abs, 'x'), (op.inv, None)]:
    try:
        f(a)
    except TypeError as e:
        print(f.__name__, e)
print(op.add, op.__add__, op.matmul.__name__)
