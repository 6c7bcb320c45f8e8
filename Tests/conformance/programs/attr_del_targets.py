class Thing:
    cls_attr = 'class'

t = Thing()
t.a = 1
t.b = 2
t.c = [1, 2, 3]
del t.a
print(vars(t))
del t.b, t.c[0]
print(vars(t))
try:
    del t.a
except AttributeError as e:
    print('AttributeError', e)
try:
    del t.cls_attr
except AttributeError as e:
    print('AttributeError', e)
del Thing.cls_attr
print(hasattr(Thing, 'cls_attr'))
t.inner = Thing()
t.inner.v = 'x'
del t.inner.v
print(vars(t.inner))
try:
    del Thing.cls_attr
except AttributeError as e:
    print('AttributeError', e)
del t.c[:]
print(t.c)
del t.inner
del t.inner
