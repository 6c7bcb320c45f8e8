# math.pow: CPython handles the IEEE special values itself, libm the finite cases.
import math
inf, nan = math.inf, math.nan
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 2.5, inf, -inf, nan]
for x in vals:
    row = []
    for y in vals:
        try:
            row.append(repr(math.pow(x, y)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__[0])
    print(repr(x), ' '.join(row))
print(math.pow(2, 10), math.pow(2, -1074), math.pow(2, -1075), math.pow(10, 308), math.pow(-8, 1 / 3) if False else 0)
print(math.pow(True, 5), math.pow(7, 0), math.pow(-2, 63), math.pow(1.0000001, 1e7), math.pow(2**60, 0.5))
for a, b in [(0, -1), (-0.0, -3), (10.0, 400), (-10.0, 401), (-8, 0.5), (1e308, 2), ('2', 3), (2, None), (10**400, 1)]:
    try:
        print(a, b, math.pow(a, b))
    except (ValueError, OverflowError, TypeError) as e:
        print(a, b, type(e).__name__, e)
print(2.0 ** 0.5 == math.pow(2, 0.5), math.pow(-1, inf), math.pow(-1, -inf), math.pow(0.999, inf), math.pow(1.001, -inf))
for bad in [lambda: math.pow(2), lambda: math.pow(1, 2, 3), lambda: math.pow(x=1, y=2)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
math.pow(0.0, -inf), math.pow(-0.0, -1)
