class CM:
    def __init__(self, name, fail_enter=False):
        self.name, self.fail_enter = name, fail_enter
    def __enter__(self):
        print('enter', self.name)
        if self.fail_enter:
            raise RuntimeError('enter failed: ' + self.name)
        return self.name
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False

with CM('a') as a, CM('b') as b, CM('c'):
    print('body', a, b)
try:
    with CM('x') as x, CM('y', fail_enter=True) as y:
        print('not reached')
except RuntimeError as e:
    print('caught', e)
try:
    with CM('p'), CM('q'):
        raise KeyError('in body')
except KeyError as e:
    print('caught', repr(e))
with (CM('paren1') as p1,
      CM('paren2') as p2):
    print('parenthesized', p1, p2)
