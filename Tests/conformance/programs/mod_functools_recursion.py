# Recursion through lru_cache, partial and *args decorators counts frames as CPython does.
import functools
@functools.lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1
for n in [100, 400, 498, 499, 600]:
    depth.cache_clear()
    try:
        print(n, depth(n))
    except RecursionError as e:
        print(n, type(e).__name__)
def passthrough(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@passthrough
def count_down(n):
    return n if n <= 0 else count_down(n - 1)
for n in [300, 497, 498, 700]:
    try:
        print(n, count_down(n))
    except RecursionError as e:
        print(n, type(e).__name__)
def chain(n, *rest):
    return n if n == 0 else chain(*(n - 1,), *rest)
print(chain(900), depth(450) if not depth.cache_clear() else None)
print(depth.cache_info().currsize, count_down.__name__)
