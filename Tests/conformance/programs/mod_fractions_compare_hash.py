from fractions import Fraction as F
import math
a, b = F(1, 3), F(-5, 7)
print(a < b, a > b, a <= a, a >= b, a == F(2, 6), a != b, a == a)
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1) == 1, F(2) == 2.0, F(1) == True, F(0) == False, F(1, 2) == '1/2')
print(F(1, 2) < 0.6, F(1, 2) > 0, 1 < F(3, 2), 0.75 >= F(3, 4), F(7, 2) > 3, 3 > F(7, 2))
print(F(1, 2) < math.inf, F(1, 2) > -math.inf, F(1, 2) == math.nan, F(1, 2) < math.nan, F(1, 2) >= math.nan)
print(F(10**30) == 10**30, F(10**30 + 1, 10**30) > 1, F(1, 10**30) > 0.0)
try:
    F(1, 2) < 'x'
except TypeError as e:
    print(type(e).__name__, e)
for f in [F(0), F(1), F(-1), F(1, 2), F(-1, 2), F(1, 3), F(-7, 11), F(10**30, 7), F(1, 2**61 - 1), F(2**61, 3),
          F(2**61 - 1, 5), F(-2**100, 3**50), F(5, 1)]:
    print(repr(f), hash(f))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)) == hash(-1), hash(F(3, 4)) == hash(0.75))
d = {F(1, 2): 'half', 0.5: 'float half', F(2): 'two', 2: 'int two'}
print(d)
print({F(1, 3), F(2, 6), F(1, 3) * 1}, len({F(1), 1, 1.0, True}))
print(sorted({F(3, 2), F(1, 2), F(-1, 2)}))
