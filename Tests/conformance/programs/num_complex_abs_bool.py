# abs() uses hypot; bool() is nonzero-ness
for z in [3 + 4j, -3 - 4j, 1j, 0j, 1e308 + 1e308j * 0, 5e-324j, complex(float('inf'), float('nan')),
          complex(float('nan'), -float('inf')), complex(float('nan'), 1), 1e200 + 1e200j, 0.1 + 0.2j]:
    print(repr(z), abs(z), bool(z))
print(bool(0j), bool(complex(-0.0, -0.0)), bool(1e-320j), not 1j)
try:
    abs(1e308 + 1e308j)
except OverflowError as e:
    print(type(e).__name__, e)
if 0j:
    print('no')
else:
    print('falsy')
print(abs(-2j) == 2, type(abs(1j)).__name__)
