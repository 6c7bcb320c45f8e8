# nextafter, ulp, ldexp, frexp, modf, copysign: exact bit-level results and edge cases.
import math
inf, nan = math.inf, math.nan
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0))
print(math.nextafter(-0.0, 1), math.nextafter(1, 1), math.nextafter(inf, 0), math.nextafter(1.7976931348623157e308, inf))
print(math.nextafter(5e-324, 0), math.nextafter(-5e-324, 0), math.nextafter(nan, 1), math.nextafter(1, nan), math.nextafter(True, 3))
print(math.ulp(1.0), math.ulp(-5.0), math.ulp(0.0), math.ulp(5e-324), math.ulp(1.7976931348623157e308), math.ulp(1e308))
print(math.ulp(inf), math.ulp(-inf), math.ulp(nan), math.ulp(2**52), math.ulp(2**53), math.ulp(10**20), math.ulp(0.1))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(1, 1023), math.ldexp(0.0, 10**30))
print(math.ldexp(1.0, -10**30), math.ldexp(-1.0, -10**30), math.ldexp(inf, -5), math.ldexp(nan, 5), math.ldexp(-0.0, 7), math.ldexp(3, True))
for x in [0.0, -0.0, 1.0, 8.0, 0.1, -3.75, 5e-324, 1.7976931348623157e308, inf, -inf, nan, 7, True, 2**1000]:
    print(repr(x)[:12], math.frexp(x), math.modf(x), math.copysign(1.0, x), math.copysign(x, -1.0))
for m, e in [math.frexp(x) for x in (123.456, 1e-310, 2.0**-1074)]:
    print(m, e, math.ldexp(m, e))
for bad in [lambda: math.ldexp(1.0, 1024), lambda: math.ldexp(1.0, 10**30), lambda: math.ldexp(-1.0, 10**30),
            lambda: math.ldexp(1.0, 2.5), lambda: math.ldexp('a', 2), lambda: math.ldexp(1.0, '2'), lambda: math.frexp('x'),
            lambda: math.modf(None), lambda: math.ulp('1'), lambda: math.nextafter(1), lambda: math.copysign(1, 2, 3),
            lambda: math.frexp(10**400), lambda: math.nextafter(x=1, y=2)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
math.ldexp(1.5, 2000)
