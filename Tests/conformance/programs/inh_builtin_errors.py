def attempt(fn):
    try:
        fn()
        print('ok')
    except TypeError as e:
        print('TypeError', e)
def conflict():
    class X(list, dict):
        pass
def bad_bool():
    class B(bool):
        pass
def conflict_exc():
    class E(Exception, list):
        pass
class L(list):
    pass
def unhashable():
    return {L(): 1}
def obj_new():
    return object.__new__(L)
def too_many():
    return L([1], [2])
for fn in [conflict, bad_bool, conflict_exc, unhashable, obj_new, too_many]:
    attempt(fn)
class I(int):
    pass
print(I(3) < 'x' if False else I(3) + I(4), type(I(3) + I(4)).__name__)
try:
    I(3) < 'x'
except TypeError as e:
    print('TypeError', e)
try:
    I(3) + 'x'
except TypeError as e:
    print('TypeError', e)
try:
    L([1]) + (2,)
except TypeError as e:
    print('TypeError', e)
