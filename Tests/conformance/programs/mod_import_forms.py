import math
import math as m, bisect
from math import sqrt, floor as fl
print(math.sqrt(16), m.pi, fl(2.5), sqrt(2))
print(math.__name__, bisect.__name__, m is math)


def f():
    import math
    from bisect import bisect_left
    return math.gcd(12, 8), bisect_left([1, 2, 3], 2)


print(f())
print(type(math).__name__)
print('sqrt' in dir(math), 'pi' in dir(math), 'bisect_left' in dir(bisect))
print(getattr(math, 'sqrt')(9.0), hasattr(math, 'nope'))
import math
print(math.floor(-0.5))
