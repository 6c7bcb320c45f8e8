# functools.cache: an unbounded memo; deep recursion through a cached function.
from functools import cache
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(200), fib.cache_info())
@cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info().currsize)
@cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 16)])
print(fib.cache_parameters(), fib.__name__, type(fib).__name__)
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())
@cache
def greet(name, punctuation='!'):
    print('  greeting', name)
    return 'hi ' + name + punctuation
print(greet('a'), greet('a'), greet(name='a'), greet('a', '!'), greet.cache_info())
try:
    cache()
except TypeError as e:
    print(e)
try:
    cache(None)(1)
except TypeError as e:
    print(type(e).__name__)
