# functools.singledispatch: registration by type and by annotation, MRO dispatch, errors.
from functools import singledispatch
@singledispatch
def describe(obj): return f'object {obj!r}'
@describe.register
def _(obj: int): return f'int {obj}'
@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f'sequence of {len(obj)}'
def describe_str(obj): return f'str {obj.upper()}'
print(describe.register(str, describe_str) is describe_str)
class Animal: pass
class Dog(Animal): pass
@describe.register
def _(obj: Animal): return f'animal {type(obj).__name__}'
for x in [1, True, 'hi', [1, 2], (3,), 2.5, None, Dog(), Animal()]:
    print(describe(x))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.__wrapped__)
print(sorted(c.__name__ for c in describe.registry), describe.__name__, describe.__wrapped__.__name__)
@describe.register(float)
def _(obj, extra='!'):
    return f'float {obj}{extra}'
print(describe(1.5), describe(1.5, extra='?'))
for call in [lambda: describe(), lambda: describe.register(3)]:
    try:
        call()
    except TypeError as e:
        print(e)
try:
    @describe.register
    def _(obj: 3): pass
except TypeError as e:
    print(e)
try:
    @describe.register
    def _(obj): pass
except TypeError as e:
    print(str(e).split(':')[0])
print(describe(Dog()), describe({}))
