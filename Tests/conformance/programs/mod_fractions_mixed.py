from fractions import Fraction as F
a = F(3, 4)
for other in [2, -3, True, 0.5, 1.25, 1e20]:
    print(repr(other), a + other, other + a, a - other, other - a, a * other, other * a)
    print(repr(other), a / other, other / a, a // other, other // a, a % other, other % a)
    print(repr(other), divmod(a, other), divmod(other, a), type(a + other).__name__, type(other * a).__name__)
print(a + 0.1, 0.1 + a, a * 0.0, a / float('inf'), a ** 2.0, 2 ** a)
for op in [lambda: a + 'x', lambda: 'x' + a, lambda: a * [1], lambda: [1] * a, lambda: a + None, lambda: a @ a]:
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
print(float(a), int(F(-7, 2)), int(F(7, 2)), float(F(1, 3)), float(F(10**400, 10**399)), float(F(1, 10**400)))
print(bool(F(0)), bool(F(1, 100)), str(F(5)), '%s|%r' % (a, a))
print(format(a), f'{a}', f'{a!r}', str(F(-1, 2)))
try:
    format(a, '.2f')
except TypeError as e:
    print(type(e).__name__, e)
print(max(F(1, 3), 0.3, F(1, 4)), min(1, F(3, 2), 0.9), sorted([F(1, 2), 0.25, 1, F(-1, 3), True]))
