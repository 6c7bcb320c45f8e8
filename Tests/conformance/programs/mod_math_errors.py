import math
cases = [
    ('sqrt', (-1,)), ('log', (0,)), ('log', (-1,)), ('log', (10, 1)), ('log2', (-2,)), ('log10', (0,)),
    ('acos', (2,)), ('asin', (-2,)), ('sin', (math.inf,)), ('exp', (1000,)), ('pow', (0, -1)),
    ('pow', (10.0, 400)), ('pow', (-8, 0.5)), ('fmod', (1, 0)), ('fmod', (math.inf, 1)), ('atanh', (1,)),
    ('acosh', (0.5,)), ('gamma', (0,)), ('gamma', (-2,)), ('lgamma', (0,)), ('floor', (math.inf,)),
    ('ceil', (math.nan,)), ('trunc', (math.inf,)), ('sqrt', ('x',)), ('floor', ('x',)), ('exp', (None,)),
    ('log1p', (-1,)), ('ldexp', (1.0, 2.5)), ('isclose', (1, 2)), ('factorial', (10**20,)),
]
for name, args in cases:
    try:
        print(name, args, getattr(math, name)(*args))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__, e)
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
print(math.sqrt(math.nan), math.exp(-math.inf), math.atan(math.inf), math.log(math.inf))
math.sqrt(-4)
