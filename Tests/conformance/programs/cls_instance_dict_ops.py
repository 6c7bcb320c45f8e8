class Rec:
    pass

r = Rec()
print(r.__dict__)
r.__dict__['a'] = 1
print(r.a)
r.b = 2
print(r.__dict__, list(r.__dict__))
del r.a
print(r.__dict__)
r.__dict__.update({'c': 3, 'd': 4})
print(r.c + r.d)
r.__dict__.clear()
print(r.__dict__, hasattr(r, 'b'))
r.__dict__ = {'new': 'dict'}
print(r.new)
try:
    r.__dict__ = 5
except TypeError as e:
    print('TypeError', e)
print(type(Rec.__dict__).__name__)
print('__module__' in Rec.__dict__, Rec.__dict__['__module__'])
try:
    Rec.__dict__['x'] = 1
except TypeError as e:
    print('TypeError', e)
