class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith('_'):
            print('access', name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.a + 1

l = Logged()
print(l.a)
print(l.method())
try:
    l.nope
except AttributeError as e:
    print('AttributeError', e)

class Both:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback for ' + name
b = Both()
b.real = 'real value'
print(b.real, b.secret, b.whatever)
class Everything:
    def __getattribute__(self, name):
        return 42
e = Everything()
print(e.anything, e.x)
