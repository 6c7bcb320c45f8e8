class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return False

c = CM('direct')
v = c.__enter__()
print(v)
c.__exit__(None, None, None)
with CM('a') as x:
    print('body', x)
try:
    with CM('b'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
with NoEnter():
    pass
