# infinite and nan arguments of exp and the (hyperbolic) trigonometric functions
import cmath
inf, nan = float('inf'), float('nan')
parts = [-inf, -2.0, -0.0, 0.0, 0.75, 3.0, inf, nan]
for name in ['exp', 'cosh', 'sinh', 'tanh', 'cos', 'sin', 'tan']:
    f = getattr(cmath, name)
    out = []
    for re in parts:
        for im in parts:
            if re in (inf, -inf) or im in (inf, -inf) or re != re or im != im:
                try:
                    out.append(repr(f(complex(re, im))))
                except ValueError as e:
                    out.append(str(e)[5:11])
    print(name, ' '.join(out))
