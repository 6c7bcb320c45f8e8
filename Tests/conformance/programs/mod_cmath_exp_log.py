# exp, log (with and without base), log10
import cmath
vals = [1, -1, 1j, -1j, 1 + 1j, -2.5 + 0.3j, 0.5, 10, 1e-300, 1e300 + 1e300j, 0.9 + 0.3j,
        0.71, 1.73, complex(-1, -0.0), 2e-308 + 1e-310j, 1e308 * 1.5, 700 + 1j, -745 - 2j]
for z in vals:
    print(repr(z), repr(cmath.exp(z)), repr(cmath.log(z)), repr(cmath.log10(z)))
for z, b in [(8, 2), (100, 10), (1j, 1j), (-1, 2), (1 + 1j, 0.5 + 0.5j), (3, 1j), (1e-5, 7)]:
    print(repr(cmath.log(z, b)))
print(cmath.exp(0j), cmath.exp(complex(-0.0, -0.0)), cmath.log(1), cmath.log(complex(1, -0.0)))
