# .real, .imag, .conjugate()
z = 3 - 4j
print(z.conjugate(), z.conjugate().conjugate(), (0j).conjugate(), complex(1, -0.0).conjugate())
print(z.real + z.imag, (1j).real, (1j).imag)
c = z.conjugate
print(c(), z * z.conjugate())
try:
    z.conjugate(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    z.real = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    z.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(z, 'imag'), hasattr(z, 'conjugate'), hasattr(z, 'foo'))
