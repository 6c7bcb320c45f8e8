from fractions import Fraction as F
import math
values = [F(7, 2), F(5, 2), F(-5, 2), F(-7, 2), F(1, 3), F(-1, 3), F(2, 3), F(10, 1), F(-10, 1), F(0), F(1, 2), F(-1, 2)]
for v in values:
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), round(v), int(v), type(round(v)).__name__)
for v in [F(12345, 100), F(-12345, 100), F(1, 3), F(2, 3), F(5, 2000)]:
    print(repr(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2), repr(round(v, 3)))
print(repr(round(F(25, 1), -1)), repr(round(F(35, 1), -1)), repr(round(F(15, 100), 1)), repr(round(F(25, 100), 1)))
print(F(7, 2) // 1, F(-7, 2) // 1, F(7, 2) % 1, F(-7, 2) % 1, divmod(F(-7, 2), 2))
