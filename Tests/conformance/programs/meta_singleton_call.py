class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        print('Singleton.__call__', cls.__name__, args)
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]

class Database(metaclass=Singleton):
    def __init__(self, url):
        print('Database.__init__', url)
        self.url = url

class Cache(metaclass=Singleton):
    pass

a = Database('sqlite://a')
b = Database('sqlite://b')
print(a is b, a.url, b.url)
c1, c2 = Cache(), Cache()
print(c1 is c2, c1 is a)

class Counting(type):
    def __call__(cls, *a):
        obj = super().__call__(*a)
        cls.made = getattr(cls, 'made', 0) + 1
        return obj
class Thing(metaclass=Counting):
    def __init__(self, x):
        self.x = x
print([Thing(i).x for i in range(3)], Thing.made)
Thing()
