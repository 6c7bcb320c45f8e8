# Metaclass __getattr__, __setattr__ and __delattr__ apply to the class's attribute operations.
class Meta(type):
    def __getattr__(cls, name):
        if name.startswith('dyn_'):
            return name[4:].upper()
        raise AttributeError('%s has no %s' % (cls.__name__, name))
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError('constant %s is read-only' % name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        if name == 'keep':
            raise AttributeError('cannot delete keep')
        super().__delattr__(name)

class Config(metaclass=Meta):
    LIMIT = 10
    keep = True

print(Config.dyn_value, Config.LIMIT, getattr(Config, 'dyn_x'), hasattr(Config, 'other'))
for action in ['set', 'del', 'missing']:
    try:
        if action == 'set':
            Config.LIMIT = 5
        elif action == 'del':
            del Config.keep
        else:
            Config.other
    except AttributeError as e:
        print('AttributeError', e)
Config.lower = 1
setattr(Config, 'name', 'cfg')
print(Config.lower, Config.name, Config.LIMIT)
del Config.lower
print(hasattr(Config, 'lower'), Config().keep)
