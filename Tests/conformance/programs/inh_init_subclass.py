class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls)
        print('registered', cls.__name__, cls.plugin_name)

class Alpha(Plugin):
    pass
class Beta(Plugin, name='bee'):
    pass
class Gamma(Beta):
    pass

print([c.__name__ for c in Plugin.registry])
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(hasattr(Plugin, 'plugin_name'))

class Strict:
    def __init_subclass__(cls, **kwargs):
        if not hasattr(cls, 'required'):
            raise TypeError(cls.__name__ + ' must define required')
class Ok(Strict):
    required = 1
print(Ok.required)
try:
    class NotOk(Strict):
        pass
except TypeError as e:
    print('TypeError', e)
class Unknown(object, extra=1):
    pass
