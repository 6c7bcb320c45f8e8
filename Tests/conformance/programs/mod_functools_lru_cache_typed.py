# lru_cache(typed=True) keeps 1, 1.0 and True apart; the default shares their entry.
from functools import lru_cache
@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed(1), typed.cache_info())
@lru_cache()
def untyped(x):
    return type(x).__name__
print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())
@lru_cache(maxsize=2, typed=True)
def kw(a, b=0):
    return (a, b)
print(kw(1, b=2), kw(1.0, b=2), kw(1, b=2.0), kw(a=1, b=2), kw.cache_info())
@lru_cache
def one(x):
    return x
print(one(1), one(1.0), one('1'), one((1,)), one((1.0,)), one.cache_info())
