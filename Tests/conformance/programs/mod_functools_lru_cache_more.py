# lru_cache on methods, with errors, recursion, unhashable arguments, and its wrapper.
from functools import lru_cache
class Circle:
    def __init__(self, r): self.r = r
    @lru_cache(maxsize=4)
    def area(self, scale=1):
        print('  computing', self.r, scale)
        return 3 * self.r * self.r * scale
    def __repr__(self): return f'Circle({self.r})'
c = Circle(2)
print(c.area(), c.area(), Circle(2).area(), Circle.area.cache_info())
print(repr(c.area), c.area.__self__, c.area.__func__ is Circle.__dict__['area'])
print(c.area.cache_info(), Circle.area.__wrapped__.__name__, Circle.area.__name__)
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
@lru_cache(maxsize=2)
def fails(x):
    print('  attempt', x)
    raise ValueError(x)
for _ in range(2):
    try:
        fails(1)
    except ValueError as e:
        print('caught', e, fails.cache_info())
anything = lru_cache(lambda x: x)
try:
    anything([1, 2])
except TypeError as e:
    print(e, anything.cache_info(), anything((1, 2)), anything((1, 2)), anything.cache_info())
def doc(): "Documented."
print(lru_cache(doc).__doc__, lru_cache(doc).__name__, lru_cache(doc).__wrapped__ is doc)
for bad in ['x', 3.5, [1]]:
    try:
        lru_cache(bad)
    except TypeError as e:
        print(e)
print(type(fib).__name__, type(fib).__module__, callable(fib))
import copy; print(copy.copy(fib) is fib, copy.deepcopy(fib) is fib)
