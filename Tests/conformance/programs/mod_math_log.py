# log, log2, log10 of ints of any size (CPython's loghelper: frexp, then log(x) + log(2) * e).
import math
print(math.log(10**400), math.log(2**1024), math.log(2**1024 - 1), math.log2(2**5000), math.log10(10**5000))
print(math.log(10**400, 10), math.log(3**1000, 2**1000), math.log(10**400, 2.5), math.log(8, 2), math.log(100, 10))
for k in range(1020, 1100, 9):
    n = 2**k - 1
    print(k, math.log(n), math.log2(n), math.log10(n), math.log(n + 2**(k - 54)), math.log(7**k))
print(math.log(True), math.log2(True), math.log10(2**53 + 1), math.log(2**53 + 1), math.log2(3**700))
class I(int):
    pass
print(math.log(I(10**400)), math.log2(I(8)), math.log1p(1e-20), math.log1p(10**10), math.log1p(-0.0))
print(math.log(math.inf), math.log2(math.inf), math.log(math.nan), math.log(5e-324), math.log10(1e-320))
cases = [(0,), (-1,), (-10**400,), (0.0,), (-math.inf,), (1, 1), (10, 1.0), (1, 0), (0, 10), (10, -2), ('x',), (10, 'x'), (None,)]
for args in cases:
    for f in (math.log, math.log2, math.log10):
        if f is not math.log and len(args) > 1:
            continue
        try:
            print(f.__name__, args, f(*args))
        except (ValueError, TypeError, ZeroDivisionError) as e:
            print(f.__name__, args, type(e).__name__, e)
for bad in [lambda: math.log(), lambda: math.log(1, 2, 3), lambda: math.log(x=1), lambda: math.log2(), lambda: math.log10(1, 2), lambda: math.log1p(-1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
math.log(-2**2000)
