# domain, range and type errors
import cmath
class C:
    def __complex__(self):
        return 2j
class F:
    def __float__(self):
        return 0.25
print(cmath.sqrt(C()), cmath.exp(F()), cmath.phase(C()))
tests = [lambda: cmath.log(0), lambda: cmath.log(0j, 2), lambda: cmath.log(2, 1), lambda: cmath.log10(0),
         lambda: cmath.exp(1000), lambda: cmath.exp(800 + 1j), lambda: cmath.cosh(1000),
         lambda: cmath.sinh(-1000 + 1j), lambda: cmath.atanh(1), lambda: cmath.atanh(-1),
         lambda: cmath.atan(1j), lambda: cmath.sqrt('x'), lambda: cmath.sqrt(None),
         lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.exp(10 ** 400),
         lambda: cmath.rect(1j, 0), lambda: cmath.phase('1'), lambda: cmath.log(1, 'e')]
for t in tests:
    try:
        print(t())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for t in [lambda: cmath.log(), lambda: cmath.log(1, 2, 3), lambda: cmath.log(x=1), lambda: cmath.rect(1),
          lambda: cmath.phase(z=1), lambda: cmath.isclose(1)]:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
