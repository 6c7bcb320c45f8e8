# functools.lru_cache: hits and misses, CacheInfo, cache_clear, parameters.
from functools import lru_cache
calls = []
@lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x
for x in [1, 2, 1, 3, 4, 1, 2]:
    square(x)
info = square.cache_info()
print(info, calls)
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), type(info).__name__)
print(info == (2, 5, 3, 3), isinstance(info, tuple), len(info))
hits, misses, maxsize, currsize = info
print(hits + misses, square.cache_parameters())
square.cache_clear()
print(square.cache_info(), square(5), square.cache_info())
@lru_cache
def plain(a, b=1):
    return a + b
print(plain(1), plain(1), plain(1, 1), plain(1, b=1), plain(b=1, a=1), plain.cache_info())
@lru_cache(maxsize=None)
def unbounded(n):
    return n
for i in range(50):
    unbounded(i % 10)
print(unbounded.cache_info())
@lru_cache(maxsize=0)
def never(n):
    return n
never(1), never(1)
print(never.cache_info())
@lru_cache(maxsize=-5)
def negative(n):
    return n
negative(1)
print(negative.cache_info())
