# sinh cosh tanh and their inverses
import cmath
vals = [0j, complex(-0.0, -0.0), 0.5, -0.5, 2, -2, 1j, 1 + 1j, -2.5 + 3j, 0.3 - 0.7j, 1e-8 + 1e-8j,
        complex(0.5, -0.0), complex(-3, 0.0), 1e200 + 1j, -1e300 - 1e300j, 710 + 0.5j, 30 - 2j]
for f in [cmath.sinh, cmath.cosh, cmath.tanh, cmath.asinh, cmath.acosh, cmath.atanh]:
    print(f.__name__, ' '.join(repr(f(z)) for z in vals))
print(cmath.atanh(complex(1, 1e-200)), cmath.atanh(complex(-1, -1e-200)), cmath.atanh(1e160 + 1e160j))
