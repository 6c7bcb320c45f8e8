# Fraction mixed with complex numbers
from fractions import Fraction as F
a = F(1, 2)
print(complex(a), a + 1j, 1j + a, a - 2j, 2j - a, a * (1 + 1j), (1 + 1j) * a, a / 2j, 2j / a)
print(a == 0.5 + 0j, 0.5 + 0j == a, a == 0.5 + 1j, a != 1j, F(3) == 3 + 0j)
try:
    a // 1j
except TypeError as e:
    print(type(e).__name__)
