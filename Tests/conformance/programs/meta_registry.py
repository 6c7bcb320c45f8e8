class RegistryMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')))
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            RegistryMeta.registry[name.lower()] = cls
        return cls
    def __init__(cls, name, bases, ns):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)

class Handler(metaclass=RegistryMeta):
    def handle(self):
        return 'base'
class JsonHandler(Handler):
    def handle(self):
        return 'json'
class XmlHandler(Handler):
    fmt = 'xml'

print(sorted(RegistryMeta.registry))
print(RegistryMeta.registry['jsonhandler']().handle())
print(type(Handler) is RegistryMeta, type(JsonHandler).__name__, isinstance(XmlHandler, type))
print(RegistryMeta.__mro__)
print(Handler)
