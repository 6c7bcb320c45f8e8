# floor, ceil and trunc: ints pass through, floats round, other objects use their dunders
# (__floor__/__ceil__/__trunc__), then __float__ / __index__ for floor and ceil.
import math
for x in [3.7, -3.7, 3.0, -0.0, 0.5, -0.5, 1e20, -1e300, 2.0**63, 7, -7, True, False, 10**30, -10**30]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x))
class R:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return ['ceil', 1]
    def __trunc__(self): return 42
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class MyInt(int): pass
class MyFloat(float): pass
class Both(float):
    def __floor__(self): return 'own floor'
print(math.floor(R()), math.ceil(R()), math.trunc(R()), math.floor(F()), math.ceil(F()), math.floor(I()), math.ceil(I()))
print(math.floor(MyInt(5)), type(math.floor(MyInt(5))).__name__, math.ceil(MyFloat(2.1)), math.trunc(MyFloat(-2.9)))
print(math.floor(Both(1.5)), math.ceil(Both(1.5)), math.trunc(MyInt(-4)), math.trunc(True))
print(math.fabs(F()), math.sqrt(I()), math.exp(MyInt(1)), math.sin(MyFloat(0.5)), math.isfinite(I()), math.isnan(F()))
class Bad:
    def __float__(self): return 1
class BadIndex:
    def __index__(self): return 1.5
cases = [(math.floor, math.inf), (math.ceil, -math.inf), (math.trunc, math.nan), (math.floor, 'x'), (math.ceil, None),
         (math.trunc, F()), (math.trunc, I()), (math.trunc, 'x'), (math.floor, Bad()), (math.sqrt, Bad()),
         (math.floor, BadIndex()), (math.sqrt, [1]), (math.ceil, {}), (math.floor, 10**400)]
for f, v in cases:
    try:
        print(f.__name__, f(v))
    except (ValueError, TypeError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
for bad in [lambda: math.floor(), lambda: math.ceil(1, 2), lambda: math.trunc(x=1)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
math.trunc(math.inf)
