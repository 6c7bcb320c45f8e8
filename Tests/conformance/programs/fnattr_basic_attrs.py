def greet(name, greeting='hello', *args, punct='!', **kw):
    """Greet somebody."""
    return '%s, %s%s' % (greeting, name, punct)

print(greet.__name__, greet.__qualname__, greet.__module__)
print(greet.__doc__)
print(greet.__defaults__, greet.__kwdefaults__)
def nodefaults(a):
    pass
print(nodefaults.__defaults__, nodefaults.__kwdefaults__, nodefaults.__doc__)
greet.__defaults__ = ('hi',)
print(greet('bob'))
greet.__kwdefaults__ = {'punct': '?'}
print(greet('amy'))
greet.__doc__ = 'changed doc'
greet.__name__ = 'renamed'
print(greet.__doc__, greet.__name__, greet.__qualname__)
lam = lambda x=1: x
print(lam.__name__, lam.__qualname__, lam.__defaults__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
try:
    greet.__name__ = 5
except TypeError as e:
    print('TypeError', e)
