# signed zeros, inf and nan in repr
inf = float('inf')
nan = float('nan')
for re, im in [(0.0, 0.0), (0.0, -0.0), (-0.0, 0.0), (-0.0, -0.0), (1.0, -0.0),
               (inf, inf), (-inf, nan), (nan, -inf), (0.0, nan), (1e300, 1e-300),
               (1.5, 2.25), (-1.0, 1.0), (2.0, -3.0), (0.0, 5.0), (1e16, 1e17)]:
    z = complex(re, im)
    print(repr(z), str(z), z.real, z.imag)
print(-0j, -(0j), 0j * -1, -(1j))
print(complex(1, -nan), complex(-nan, 1))
