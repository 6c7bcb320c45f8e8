# cmath.sqrt: CPython's scaled formula, signed zeros on the branch cut
import cmath
vals = [0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), -1, -1 + 0j, complex(-1, -0.0),
        4, 2j, -2j, 1 + 1j, 3 - 4j, -3 + 4j, -3 - 4j, 1e-320 + 1e-320j, 5e-324j, 1e308 + 1e308j,
        -1e308, 2.5, 0.1 + 0.7j, 123456.789 - 0.001j, 1e-10 - 1e10j]
for z in vals:
    print(repr(z), repr(cmath.sqrt(z)))
print(cmath.sqrt(2 ** 1000), cmath.sqrt(True))
