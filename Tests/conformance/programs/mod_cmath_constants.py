# cmath constants and classification
import cmath
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.infj).__name__, cmath.infj.imag, cmath.nanj.real)
for z in [1j, 1 + 2j, cmath.infj, cmath.nanj, complex(cmath.inf, cmath.nan), 3, 2.5, -cmath.inf, True]:
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
