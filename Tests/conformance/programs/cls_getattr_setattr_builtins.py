class Obj:
    kind = 'obj'

o = Obj()
setattr(o, 'color', 'red')
print(o.color, getattr(o, 'color'), hasattr(o, 'color'), hasattr(o, 'size'))
print(getattr(o, 'kind'), getattr(Obj, 'kind'))
print(getattr(o, 'size', None))
delattr(o, 'color')
print(hasattr(o, 'color'))
setattr(Obj, 'shared', 42)
print(o.shared)
for name in ['a', 'b', 'c']:
    setattr(o, name, name.upper())
print(vars(o))
try:
    getattr(o, 'nope')
except AttributeError as e:
    print('AttributeError', e)
try:
    delattr(o, 'nope')
except AttributeError as e:
    print('AttributeError', e)
try:
    getattr(o, 5)
except TypeError as e:
    print('TypeError', e)
try:
    setattr(o, 1, 2)
except TypeError as e:
    print('TypeError', e)
setattr(o, 'with space', 1)
print(getattr(o, 'with space'))
print(getattr(o, 'a', 'unused'))
