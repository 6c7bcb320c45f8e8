from math import *
from bisect import *
print(floor(2.5), ceil(2.5), pi, e, tau)
print(sqrt(2), gcd(12, 30), isqrt(99))
a = [1, 5, 9]
insort(a, 6)
print(a, bisect_left(a, 6), bisect(a, 6))
print(inf, -inf, nan)
