class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type, exc, tb is not None)
        return None

with Managed('one') as m:
    print('inside', m.name)
print('after one')
with Managed('two'):
    print('no as target')
try:
    with Managed('three') as m:
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)
def f():
    with Managed('four'):
        return 'returned from with'
print(f())
with Managed('five') as m:
    pass
print(m.name)
with Managed('six') as m:
    m.name = 'changed'
print(m.name)
