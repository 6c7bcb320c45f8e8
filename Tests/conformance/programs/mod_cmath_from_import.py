# from cmath import *, and values that round-trip
from cmath import *
print(sqrt(-1), exp(pi * 1j), log(e), phase(-1), polar(-2))
z = sqrt(2 + 2j)
print(z * z, isclose(z * z, 2 + 2j), abs(exp(1j * 0.75)))
print(cos(pi), sin(pi / 2), tan(0), acos(2), asin(2), atanh(0.5), asinh(1j), acosh(0))
print(isinf(infj), isnan(nanj), isfinite(1 + 2j), tau / 2 == pi)
