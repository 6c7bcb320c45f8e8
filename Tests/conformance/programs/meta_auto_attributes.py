class AutoRepr(type):
    def __new__(mcls, name, bases, ns):
        fields = tuple(k for k, v in ns.items() if not k.startswith('_') and not callable(v))
        ns['_fields'] = fields
        def __repr__(self):
            return '%s(%s)' % (name, ', '.join('%s=%r' % (f, getattr(self, f)) for f in fields))
        ns['__repr__'] = __repr__
        return super().__new__(mcls, name, bases, ns)

class Point(metaclass=AutoRepr):
    x = 0
    y = 0
    def move(self, dx):
        self.x += dx
        return self

class Named(metaclass=AutoRepr):
    name = 'anon'
    size = 1

p = Point()
print(p, Point._fields)
print(p.move(5))
n = Named()
n.name = 'bob'
print(n, Named._fields)
class Upper(type):
    def __new__(mcls, name, bases, ns):
        ns = {k.upper() if not k.startswith('__') else k: v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, ns)
class Shout(metaclass=Upper):
    greeting = 'hi'
    def talk(self):
        return 'talking'
print(Shout.GREETING, Shout().TALK(), hasattr(Shout, 'greeting'))
Shout().talk()
