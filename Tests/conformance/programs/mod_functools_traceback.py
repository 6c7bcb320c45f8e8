# Errors raised through functools' C-implemented callables: tracebacks show only user frames.
import functools
def divide(a, b):
    return a / b
half = functools.partial(divide, b=2)
print(half(9))
try:
    functools.partial(divide, 1)(0)
except ZeroDivisionError as e:
    print('caught', e)
try:
    functools.reduce(divide, [1, 0])
except ZeroDivisionError as e:
    print('caught', e)
@functools.lru_cache
def inverse(x):
    return 1 / x
print(inverse(4))
key = functools.cmp_to_key(lambda a, b: a.missing)
try:
    sorted([1, 2], key=key)
except AttributeError as e:
    print('caught', e)
inverse(0)
