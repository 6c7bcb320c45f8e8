class Base:
    base_attr = 1
    def base_method(self):
        pass

class Thing(Base):
    cls_attr = 2
    def __init__(self):
        self.b = 1
        self.a = 2
    def method(self):
        pass

t = Thing()
print(vars(t))
print([n for n in dir(t) if not n.startswith('__')])
print([n for n in dir(Thing) if not n.startswith('__')])
print(dir(t) == sorted(dir(t)))
print('__init__' in dir(t), '__class__' in dir(t), '__dict__' in dir(t))
v = vars(t)
v['c'] = 3
print(t.c)
print(sorted(k for k in vars(Thing) if not k.startswith('__')))
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
print([n for n in dir(Base()) if not n.startswith('_')])
