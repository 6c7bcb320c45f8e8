# gamma and lgamma: CPython's own Lanczos evaluation, compared to the last bit (repr).
import math
xs = [0.5, 1.5, 2.5, 3.7, 10.1, 22.0, 23.0, 24.0, 100.3, 141.5, 170.6, 171.5, 1e-10, 1e-21, 5e-324,
      -0.5, -1.5, -2.5, -3.999, -170.3, -199.9, -200.5, -1e-10, 4.9999, 5.0, 5.0000001, 139.9, 140.1]
s = 12345
for i in range(60):
    s = (s * 1103515245 + 12345) % 2147483648
    xs.append(s / 2147483648 * 340 - 170)
for x in xs:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(x), *out)
for x in [0, -0.0, -1, -2.0, -1e300, math.inf, -math.inf, math.nan, 171.7, 2.6e305, -2**60, True, 10**20]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, repr(x), repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(f.__name__, repr(x), type(e).__name__, e)
print(math.gamma(1), math.gamma(2), math.lgamma(1), math.lgamma(2), math.lgamma(3))
math.gamma(-3)
