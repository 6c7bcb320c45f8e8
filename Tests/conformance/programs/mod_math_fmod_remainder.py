# fmod, remainder, copysign, modf, degrees/radians and the constants.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__, math.tau == 2 * math.pi)
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (1e300, 3), (5, 0.1), (0.0, 1), (-0.0, 1), (3, math.inf),
         (-3, -math.inf), (math.nan, 1), (1, math.nan), (2, 4), (6, 4), (10, 4), (-10, 4), (1, 0), (math.inf, 2), (0, 0)]
for x, y in pairs:
    out = []
    for f in (math.fmod, math.remainder, math.copysign, math.atan2):
        try:
            out.append(repr(f(x, y)))
        except ValueError as e:
            out.append('ValueError: ' + str(e))
    print(x, y, *out)
for k in range(-6, 7):
    print(k / 2, math.remainder(k / 2, 1), math.remainder(k * 1.5, 3), math.fmod(k * 2.5, 1.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1e308), math.radians(-720), math.degrees(True))
print(math.remainder(2**60 + 1, 3), math.fmod(10**20, 7), math.fmod(-10**20, 7.5), math.copysign(0.0, -1), math.copysign(math.nan, -1))
for bad in [lambda: math.fmod(1), lambda: math.remainder(1, 2, 3), lambda: math.copysign('a', 1), lambda: math.fmod(x=1, y=2)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
math.fmod(math.inf, 1)
