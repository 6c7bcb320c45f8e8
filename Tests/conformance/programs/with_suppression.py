class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print('suppressing', et.__name__, ev)
            self.caught = ev
            return True
        return False

with Suppress(ZeroDivisionError) as s:
    print('before')
    1 / 0
    print('not printed')
print('after, caught =', repr(s.caught))
with Suppress(KeyError, IndexError):
    [][5]
print('index error suppressed')
class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a):
        return 'non-empty string'
with Truthy():
    raise ValueError('swallowed by truthy return')
print('swallowed')
def f():
    for i in range(3):
        with Suppress(ValueError):
            if i == 1:
                raise ValueError(i)
            print('iteration', i)
    return 'done'
print(f())
with Suppress(KeyError):
    raise TypeError('not suppressed')
