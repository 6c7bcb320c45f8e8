class P:
    __match_args__ = ('x', 'x')
    x = 1
def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print('TypeError', e)
def a():
    match P():
        case P(x, y):
            return 'matched'
def b():
    match P():
        case P(x, x=y):
            return 'matched'
def c():
    match 5:
        case len():
            return 'matched'
def d():
    match [1]:
        case list(x, y):
            return x
def e():
    match {}:
        case dict(x):
            return 'dict %r' % x
for fn in [a, b, c, d, e]:
    attempt(fn)
