# cmath.rect with infinite and nan arguments
import cmath
inf, nan = float('inf'), float('nan')
parts = [-inf, -2.0, -0.0, 0.0, 0.75, 3.0, inf, nan]
out = []
for r in parts:
    for phi in parts:
        if r in (inf, -inf) or phi in (inf, -inf) or r != r or phi != phi:
            try:
                out.append(repr(cmath.rect(r, phi)))
            except ValueError as e:
                out.append(str(e)[5:11])
print(' '.join(out))
print(cmath.rect(inf, 2.0), cmath.rect(-inf, -1.0), cmath.rect(nan, 0.0))
cmath.rect(1.0, inf)
