from fractions import Fraction as F
ops = [lambda: F(1, 2) / 0, lambda: F(3, 2) / F(0), lambda: F(-3, 2) / 0, lambda: F(0) / 0, lambda: 1 / F(0),
       lambda: 6 / F(0), lambda: F(0) ** -1, lambda: F(0) ** -3, lambda: F(1, 2) // 0, lambda: F(1, 2) % 0,
       lambda: divmod(F(1, 2), 0), lambda: 1 // F(0), lambda: F(1, 2) / 0.0, lambda: F(1, 2) // 0.0,
       lambda: F(1, 2) % 0.0, lambda: F(0) ** -1.0, lambda: F(-2) ** -3,
       lambda: F(-2, 3) ** -2, lambda: F(1, 3).limit_denominator(0), lambda: F('x'), lambda: F(1, 'x'),
       lambda: F(1, 2) + 'x', lambda: F(1, 2) < 'x', lambda: F(2) ** 'x', lambda: F.from_float('x'),
       lambda: F.from_float(None), lambda: F(float('nan')), lambda: F(float('inf')), lambda: round(F(1, 2), 'x')]
for i, op in enumerate(ops):
    try:
        print(i, repr(op()))
    except (ZeroDivisionError, TypeError, ValueError, OverflowError) as e:
        print(i, type(e).__name__, e)
