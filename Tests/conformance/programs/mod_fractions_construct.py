from fractions import Fraction
cases = [(), (3,), (3, 4), (6, 8), (-6, 8), (6, -8), (-6, -8), (0, 5), (0, -5), (10**30, 10**20),
         (True,), (True, 2), (7, True), (2.5,), (-0.0,), (0.1,), (1e-300,), (1e300,), (Fraction(3, 7),),
         (Fraction(1, 3), Fraction(2, 5)), (Fraction(1, 2), 3), (5, Fraction(2, 3))]
for args in cases:
    f = Fraction(*args)
    print(args, repr(f), str(f), f.numerator, f.denominator)
for args in [(1, 0), (0, 0), (-3, 0), (Fraction(1, 2), 0), (1.5, 2), (1, 2.0), ('1', 2), ([],), (None,),
             (float('nan'),), (float('inf'),), (float('-inf'),), ({},)]:
    try:
        print(args, repr(Fraction(*args)))
    except (ZeroDivisionError, TypeError, ValueError, OverflowError) as e:
        print(args, type(e).__name__, e)
print(Fraction.from_float(0.125), Fraction.from_float(3), Fraction.from_float(-2.75), repr(Fraction.from_float(True)))
for bad in ['1/2', None, Fraction(1, 2)]:
    try:
        print(Fraction.from_float(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(Fraction(3, 4).as_integer_ratio(), Fraction(-5).as_integer_ratio())
print(Fraction(1, 3).real, Fraction(1, 3).imag, Fraction(2, 6).conjugate())
