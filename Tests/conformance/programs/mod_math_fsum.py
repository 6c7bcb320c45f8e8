# fsum: Shewchuk's exact partials, CPython's half-even fix-up and its errors.
import math
cases = [[], [0.0], [-0.0], [0.0, -0.0], [-0.0, -0.0], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
         [2.0 ** 53, -0.5, -2.0 ** -54], [1e-16, 1, 1e16], [1e308, 1e308, -1e308], [1e308, -1e308, 1e308],
         [math.inf, 1.0], [math.inf, -math.inf], [-math.inf, -math.inf, 5], [math.nan, 1], [math.inf, math.nan],
         [1, 2**1024], [1, 'a'], [1, 2, 3], [True, True], [2**60, 1, -2**60], [1.7976931348623157e308] * 2,
         [1e-320, 1e-320, -3e-320], [0.5, 1e-16, 0.5, -1.0]]
for c in cases:
    try:
        print(repr(math.fsum(c)))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.fsum(x / 7 for x in range(100)), math.fsum(range(10)), math.fsum(iter([0.1, 0.2, 0.3])), sum([0.1, 0.2, 0.3]))
print(math.fsum([1 / n for n in range(1, 2000)]), math.fsum([(-1) ** n / (2 * n + 1) for n in range(3000)]) * 4)
print(math.fsum(x * 1e-3 for x in range(-500, 501)), math.fsum([1e16, 1.0, 1e-16]), math.fsum((1e308, 1e308, -1e308, -1e308)))
vals = []
s = 7
for i in range(300):
    s = (s * 1103515245 + 12345) % 2147483648
    vals.append((s / 2147483648 - 0.5) * 10.0 ** (s % 30 - 15))
print(repr(math.fsum(vals)), repr(math.fsum(sorted(vals))), repr(math.fsum(reversed(vals))))
class F:
    def __float__(self):
        return 0.25
print(math.fsum([F(), F(), 1]))
for bad in [lambda: math.fsum(1), lambda: math.fsum(), lambda: math.fsum([1], [2]), lambda: math.fsum(x=[1]), lambda: math.fsum([None])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
math.fsum([1e308, 1e308])
