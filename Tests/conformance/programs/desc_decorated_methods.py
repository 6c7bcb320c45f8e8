def traced(label):
    def deco(fn):
        def wrapper(*args, **kwargs):
            print('%s> %s%r' % (label, fn.__name__, args[1:] if args and not isinstance(args[0], (int, str)) else args))
            return fn(*args, **kwargs)
        wrapper.__name__, wrapper.__qualname__, wrapper.__doc__ = fn.__name__, fn.__qualname__, fn.__doc__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco
class Shop:
    rate = 2
    def __init__(self, price):
        self._price = price
    @traced('m')
    def total(self, qty, *, tax=0):
        """total doc"""
        return self._price * qty + tax
    @staticmethod
    @traced('s')
    def helper(x):
        return x + 1
    @classmethod
    @traced('c')
    def build(cls, p):
        return cls(p * cls.rate)
    @property
    @traced('p')
    def price(self):
        return self._price
    @price.setter
    @traced('ps')
    def price(self, v):
        self._price = v
s = Shop(3)
print(s.total(2, tax=1), Shop.helper(1), s.helper(2), Shop.build(5).price)
s.price = 10
print(s.price, Shop.total.__name__, Shop.total.__qualname__, Shop.total.__doc__)
print(Shop.total.__wrapped__(s, 1), type(Shop.__dict__['helper']).__name__, Shop.price.fget.__name__)
s.total()
