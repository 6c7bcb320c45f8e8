# infinite and nan arguments of the functions CPython answers from tables
import cmath
inf, nan = float('inf'), float('nan')
parts = [-inf, -2.0, -0.0, 0.0, 2.5, inf, nan]
names = ['sqrt', 'log', 'log10', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh']
for name in names:
    f = getattr(cmath, name)
    out = []
    for re in parts:
        for im in parts:
            if re in (inf, -inf) or im in (inf, -inf) or re != re or im != im:
                out.append(repr(f(complex(re, im))))
    print(name, ' '.join(out))
print(cmath.log(complex(inf, 1), 2), cmath.log(10, complex(-inf, 0)), cmath.log(complex(nan, 1), 10))
print(cmath.sqrt(inf), cmath.sqrt(-inf), cmath.log(-inf), cmath.acos(inf), cmath.atanh(-inf))
