# sin cos tan and their inverses
import cmath
vals = [0j, complex(-0.0, -0.0), 0.5, -0.5, 2, -2, 1j, 1 + 1j, -2.5 + 3j, 0.3 - 0.7j, 1e-8 + 1e-8j,
        complex(2, -0.0), complex(-2, 0.0), 1e200 + 1j, -1e300 - 1e300j]
for f in [cmath.sin, cmath.cos, cmath.tan, cmath.asin, cmath.acos, cmath.atan]:
    print(f.__name__, ' '.join(repr(f(z)) for z in vals))
