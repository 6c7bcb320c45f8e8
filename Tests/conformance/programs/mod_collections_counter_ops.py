# Counter arithmetic and multiset operators.
from collections import Counter
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+a, -a)
x = Counter(a=3, b=1)
x += Counter(b=2, c=-1)
print(x)
x -= Counter(a=5)
print(x)
x |= Counter(z=2, b=1)
print(x)
x &= Counter(z=1, b=10)
print(x)
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=3), Counter(a=2) >= Counter(), Counter(a=1, b=1) > Counter(a=1))
print(a.__add__(5), a == 3)
try:
    a + {'a': 1}
except TypeError as e:
    print(type(e).__name__, e)
