# isclose: a and b by position or keyword, keyword-only tolerances, Argument Clinic's errors.
import math
print(math.isclose(1, 1.0000000001), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(a=1, b=2, abs_tol=1), math.isclose(1, b=1.05, rel_tol=0.1), math.isclose(b=3, a=3), math.isclose(1, 2, rel_tol=0.5))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(math.inf, 1e308, rel_tol=1))
print(math.isclose(1e308, -1e308, rel_tol=2), math.isclose(-1, -1.0), math.isclose(True, 1), math.isclose(10**20, 10**20 + 1))
print(math.isclose(1, 1.5, rel_tol=0.5, abs_tol=0), math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 101, rel_tol=0.0099))
print(math.isclose(5e-324, 0, abs_tol=5e-324), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 2, rel_tol=math.inf))
cases = [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1, 2, 3, 4, 5), {}), ((1,), {'x': 1}), ((1, 2), {'x': 1}),
         ((1, 2), {'a': 1}), ((1, 2), {'b': 1}), ((), {'b': 1}), ((), {'a': 1}), ((1, 2), {'rel_tol': -1}),
         ((1, 2), {'abs_tol': -0.5}), ((1, 2), {'rel_tol': 'x'}), (('1', 2), {}), ((1, None), {}), ((1, 2), {'abs_tol': None}),
         ((1, 2, 3, 4, 5, 6), {}), ((), {'a': 1, 'b': 2, 'rel_tol': 1, 'abs_tol': 1, 'x': 2}), ((1,), {'a': 2, 'b': 3})]
for args, kw in cases:
    try:
        print(args, kw, math.isclose(*args, **kw))
    except (TypeError, ValueError) as e:
        print(args, kw, type(e).__name__, e)
class F:
    def __float__(self):
        return 1.0
print(math.isclose(F(), 1), math.isclose(1, F(), rel_tol=F()), math.isclose(1.0, 1.0 + 2e-9, rel_tol=3e-9))
math.isclose(1, 2, rel_tol=-1e-9)
