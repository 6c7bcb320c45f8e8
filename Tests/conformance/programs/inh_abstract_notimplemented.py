class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + '.area')
    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

class Blob(Shape):
    pass

print(Square(3).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print('NotImplementedError', e, e.args)
try:
    raise NotImplementedError
except NotImplementedError as e:
    print(repr(e))
print(issubclass(NotImplementedError, RuntimeError))
Blob().describe()
