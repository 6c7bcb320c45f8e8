# A metaclass's __prepare__ may return a dict subclass: the class body stores, loads and deletes
# names through its __setitem__/__getitem__/__delitem__.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if key in self and not key.startswith('__'):
            raise TypeError('%r defined twice' % key)
        self.order.append(key)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        if key == 'MAGIC':
            return 42
        return super().__getitem__(key)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls

class Model(metaclass=Meta):
    b = 1
    a = MAGIC + b
    def method(self):
        return self.a
    temp = 5
    del temp

print(Model.order, Model.a, Model().method(), hasattr(Model, 'temp'), type(Model).__name__)
try:
    class Twice(metaclass=Meta):
        x = 1
        x = 2
except TypeError as e:
    print('TypeError', e)
