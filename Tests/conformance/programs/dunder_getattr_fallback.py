class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print('__getattr__', name)
        return getattr(self.target, name)

p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.count(1))
print(p.target is p.__dict__['target'])
try:
    p.nonexistent
except AttributeError as e:
    print('AttributeError', e)
print(getattr(p, 'missing', 'dflt'), hasattr(p, 'sort'))

class Dynamic:
    x = 1
    def __getattr__(self, name):
        if name.startswith('get_'):
            return lambda: name[4:]
        raise AttributeError('no ' + name)
d = Dynamic()
print(d.x, d.get_color(), d.get_size())
print(hasattr(d, 'other'))
d.other
