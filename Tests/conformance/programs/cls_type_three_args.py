def init(self, v):
    self.v = v

Base = type('Base', (), {'greet': lambda self: 'hi from ' + type(self).__name__})
Sub = type('Sub', (Base,), {'__init__': init, 'k': 5})
s = Sub(3)
print(Sub, Sub.__name__, Sub.__bases__)
print(s.v, s.k, s.greet())
print(isinstance(s, Base), Sub.__mro__)
print(type(s) is Sub, type(Sub) is type)
Empty = type('Empty', (), {})
print(Empty, Empty.__bases__, Empty.__qualname__)
print(type(5), type('x') is str)
try:
    type('X', 5, {})
except TypeError as e:
    print('TypeError', e)
try:
    type('X', (), 5)
except TypeError as e:
    print('TypeError', e)
try:
    type(1, 2)
except TypeError as e:
    print('TypeError', e)
print(type('WithDoc', (), {'__doc__': 'docs'}).__doc__)
