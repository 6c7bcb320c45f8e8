# cmath.isclose
import cmath
print(cmath.isclose(1j, 1j), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j))
print(cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
print(cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(cmath.infj, 1e308j), cmath.isclose(cmath.nanj, cmath.nanj))
print(cmath.isclose(1, 1 + 0j), cmath.isclose(2.0, 2), cmath.isclose(1, 1.0000000001))
for kw in [{'rel_tol': -1}, {'abs_tol': -0.1}]:
    try:
        cmath.isclose(1, 2, **kw)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    cmath.isclose(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(cmath.isclose(a=1j, b=1j), cmath.isclose(1, b=1.5, abs_tol=1))
for f in [lambda: cmath.isclose(1), lambda: cmath.isclose(), lambda: cmath.isclose(1, 2, tol=1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
