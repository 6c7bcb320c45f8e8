# functools.wraps and update_wrapper: copied attributes, __wrapped__, __dict__ merging.
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a: int, b: int = 0) -> int:
    "Add two numbers."
    return a + b
print(add(2, 3), add.__name__, add.__qualname__, add.__doc__, add.__module__, add.__annotations__)
print(add.__wrapped__.__name__, add.__wrapped__(1, 1))
def plain(): pass
def wrapper(): pass
plain.custom = 'kept'
plain.__wrapped__ = 'old'
r = functools.update_wrapper(wrapper, plain)
print(r is wrapper, wrapper.__name__, wrapper.custom, wrapper.__wrapped__ is plain)
only_name, w2 = (lambda: 1), (lambda: 2)
functools.update_wrapper(w2, only_name, assigned=('__name__',), updated=())
print(w2.__name__, w2.__qualname__, w2.__wrapped__ is only_name)
holder = type('Callable', (), {'__call__': lambda self: None})()
functools.update_wrapper(holder, add.__wrapped__)
print(holder.__name__, holder.__doc__, holder.__wrapped__.__name__)
w3 = lambda: 3
functools.update_wrapper(w3, 42)
print(w3.__name__, w3.__wrapped__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(type(functools.wraps(add)).__name__, functools.wraps(add).keywords['wrapped'] is add)
try:
    functools.update_wrapper(w3, plain, updated=('missing',))
except AttributeError as e:
    print(e)
def twice(fn):
    return functools.wraps(fn)(lambda *a: fn(fn(*a)))
@twice
def inc(x): "Increment."; return x + 1
print(inc(1), inc.__name__, inc.__doc__)
