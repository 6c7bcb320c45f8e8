# The libm-backed functions (CPython's math_1 error rules): cbrt and exp2 (3.11), erf/erfc,
# exponentials, logs, trigonometric and hyperbolic functions over a table of arguments.
import math
fs = [math.cbrt, math.exp2, math.erf, math.erfc, math.exp, math.expm1, math.sqrt, math.log1p,
      math.sin, math.cos, math.tan, math.asin, math.acos, math.atan, math.sinh, math.cosh, math.tanh,
      math.asinh, math.acosh, math.atanh, math.fabs, math.degrees, math.radians]
xs = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 27.0, -8.0, 10.5, 100.0, 710.0, -745.5, 1e-300, 1e300, 5e-324,
      math.inf, -math.inf, math.nan, 3, True]
for f in fs:
    row = []
    for x in xs:
        try:
            row.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__[0])
    print(f.__name__, ' '.join(row))
s = 3
vals = []
for i in range(40):
    s = (s * 1103515245 + 12345) % 2147483648
    vals.append((s / 2147483648 - 0.5) * 12)
print([math.erf(v) for v in vals[:10]])
print([math.cbrt(v) for v in vals[10:20]])
print([math.exp2(v) for v in vals[20:30]])
print([math.atan2(v, w) for v, w in zip(vals[30:35], vals[35:40])])
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(math.inf, -math.inf), math.atan2(-math.inf, 1), math.atan2(1, math.inf))
math.exp2(1024)
