class C:
    @property
    def broken(self):
        return self.missing_inner
    type_err = property(lambda self: 1 / 0)
    def __getattr__(self, name):
        return '<fallback %s>' % name
c = C()
print(c.broken)
try:
    c.type_err
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(getattr(c, 'anything', 'default'), hasattr(c, 'x'))
class D:
    def __getattr__(self, name):
        if name.startswith('ok_'):
            return name[3:]
        raise AttributeError('D has no ' + name)
d = D()
print(d.ok_yes, getattr(d, 'nope', 'dflt'), hasattr(d, 'nope'))
try:
    d.nope
except AttributeError as e:
    print('AttributeError', e, e.args)
class E:
    def __getattribute__(self, name):
        if name == 'boom':
            raise KeyError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'E fallback ' + name
e = E()
print(e.other)
try:
    print(hasattr(e, 'boom'))
except KeyError as err:
    print('KeyError', err)
print(getattr(D(), 'bad'))
