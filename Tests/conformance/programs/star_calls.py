def f(*args, **kwargs):
    return args, kwargs
a, b = [1, 2], (3,)
c, d = {'x': 1}, {'y': 2}
print(f(*a, *b, **c, **d))
print(f(0, *a, 5, *b, k=1, **c))
print(f(*'ab', *range(2)))
print(f(**{'z': 0}, w=1))
def g(p, q, r=0, *, kw='d'):
    return p, q, r, kw
print(g(*[1, 2]), g(*[1], **{'q': 2, 'kw': 'K'}), g(1, *(), q=5))
try:
    f(**c, **{'x': 2})
except TypeError as e:
    print('TypeError', e)
try:
    f(**{1: 2})
except TypeError as e:
    print('TypeError', e)
try:
    g(*[1, 2, 3, 4])
except TypeError as e:
    print('TypeError', e)
try:
    f(*5)
except TypeError as e:
    print('TypeError', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError', e)
g(1, **{'p': 2, 'q': 3})
