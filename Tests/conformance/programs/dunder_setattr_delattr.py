class Validated:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        if name == 'age' and value < 0:
            raise ValueError('age must be >= 0')
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('delattr', name)
        if name == 'age':
            raise AttributeError('cannot delete age')
        object.__delattr__(self, name)

v = Validated()
v.age = 5
v.name = 'x'
print(v.__dict__)
try:
    v.age = -1
except ValueError as e:
    print('ValueError', e)
del v.name
try:
    del v.age
except AttributeError as e:
    print('AttributeError', e)
setattr(v, 'via_builtin', 1)
v.age += 1
print(v.__dict__)
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError("can't set " + name)
f = Frozen()
f.x = 1
