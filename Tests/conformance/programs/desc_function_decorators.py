def trace(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('return', result)
        return result
    return wrapper

@trace
def add(a, b=1):
    return a + b

add(2)
add(2, b=5)
print(add.__name__, add.__qualname__)

def identity(f):
    return f
@identity
def same():
    return 'same'
print(same(), same.__name__)

def replace_with_value(f):
    return 42
@replace_with_value
def gone():
    pass
print(gone)

class Counter:
    def __init__(self, f):
        self.f, self.calls = f, 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@Counter
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
