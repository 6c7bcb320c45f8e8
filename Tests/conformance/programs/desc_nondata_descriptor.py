class NonData:
    def __get__(self, obj, owner):
        print('NonData.__get__', type(obj).__name__, owner.__name__)
        return 'from descriptor'
class Data:
    def __get__(self, obj, owner):
        return 'data descriptor'
    def __set__(self, obj, value):
        print('Data.__set__', value)

class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd)
c.__dict__['nd'] = 'instance wins'
print(c.nd)
print(C.nd)
c.__dict__['d'] = 'instance loses'
print(c.d)
c.d = 5
print(c.__dict__)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value
class Circle:
    r = 2
    @Lazy
    def area(self):
        print('computing')
        return 3 * self.r * self.r
k = Circle()
print(k.area, k.area, type(Circle.area).__name__)
