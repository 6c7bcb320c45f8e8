from fractions import Fraction as F
import math
pi = F(math.pi)
print(repr(pi))
for m in [1, 2, 5, 7, 10, 100, 113, 1000, 10**6, 10**9]:
    print(m, repr(pi.limit_denominator(m)))
print(F(1, 3).limit_denominator(2), F(5, 3).limit_denominator(1), F(-5, 3).limit_denominator(1))
print(F(3, 7).limit_denominator(7), F(3, 7).limit_denominator(6), F(0.1).limit_denominator(), F(-0.1).limit_denominator(10))
print(F(1, 2).limit_denominator(1), F(3, 2).limit_denominator(1), F(-3, 2).limit_denominator(1), F(5, 2).limit_denominator(1))
print(F(math.e).limit_denominator(1000), F(2 ** 0.5).limit_denominator(100), F('3.14159265').limit_denominator(100))
for bad in [0, -1]:
    try:
        F(1, 3).limit_denominator(bad)
    except ValueError as e:
        print(type(e).__name__, e)
r = F(22, 7).limit_denominator(100)
print(r is not None, type(r).__name__, r == F(22, 7))
