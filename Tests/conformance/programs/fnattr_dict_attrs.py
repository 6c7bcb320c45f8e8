def f():
    f.calls += 1
    return f.calls
f.calls = 0
print(f(), f(), f.calls)
print(f.__dict__)
f.__dict__['tag'] = 'via dict'
print(f.tag, sorted(vars(f)))
del f.tag
print(hasattr(f, 'tag'))
try:
    f.missing
except AttributeError as e:
    print('AttributeError', e)
def deco(fn):
    fn.decorated = True
    return fn
@deco
def g():
    pass
print(g.decorated, g.__dict__)
class A:
    def m(self):
        pass
A.m.note = 'on the function'
print(A().m.note)
try:
    A().m.other = 1
except AttributeError as e:
    print('AttributeError', e)
