import math
for x in [0.0, 0.5, 1.0, 2.0, 10.0, 1e-10, 123.456]:
    print(math.sqrt(x), math.exp(x), math.log1p(x), math.sin(x), math.cos(x), math.tan(x))
    print(math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x), math.erf(x), math.erfc(x))
for x in [-1.0, -0.5, 0.0, 0.5, 1.0]:
    print(math.asin(x), math.acos(x), math.atan2(x, 0.5))
print(math.log(8, 2), math.log(100), math.log2(1024), math.log10(1000), math.log(10**400), math.log10(10**400))
print(math.pow(2, 10), math.pow(2.5, -2), math.pow(-8, 3), math.pow(0.0, 0.0), math.pow(float('inf'), 0))
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.floor(-0.0), math.ceil(True), math.floor(10**30))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4))
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.degrees(math.pi), math.radians(180), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([1, 2], start=10))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0), math.gamma(5), math.lgamma(1))
print(math.expm1(1e-10), math.acosh(2), math.atanh(0.5))
