# phase, polar, rect
import cmath
vals = [1, -1, 1j, -1j, 0j, complex(-0.0, 0.0), complex(-1, -0.0), complex(0.0, -0.0), 3 + 4j,
        -3 - 4j, cmath.infj, complex(-cmath.inf, 1), complex(cmath.nan, 1), 2.5, -7]
for z in vals:
    print(repr(z), cmath.phase(z), cmath.polar(z))
for r, phi in [(1, 0), (2, cmath.pi / 2), (1, cmath.pi), (0.5, -0.0), (-1, 0.5), (3, -2.1), (0, 1)]:
    print(repr(cmath.rect(r, phi)))
for z in [1 + 1j, -2.5 + 0.1j, 1e-3j]:
    r, phi = cmath.polar(z)
    print(cmath.rect(r, phi), cmath.isclose(cmath.rect(r, phi), z))
try:
    cmath.polar(1e308 + 1e308j)
except OverflowError as e:
    print(type(e).__name__, e)
