def check(f):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

check(lambda: setattr(5, 'x', 1))
check(lambda: setattr('s', 'upper', None))
check(lambda: setattr([], 'x', 1))
check(lambda: setattr(int, 'x', 1))
check(lambda: setattr(object(), 'x', 1))
check(lambda: delattr([], 'append'))
check(lambda: setattr(None, 'x', 1))
def fn():
    pass
fn.custom = 'functions accept attributes'
print(fn.custom)
class K:
    pass
K.added = 'classes too'
print(K.added, K().added)
x = 10
x.real = 5
