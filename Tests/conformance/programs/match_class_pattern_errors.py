class NoArgs:
    def __init__(self, a):
        self.a = a
class TooMany:
    __match_args__ = ('a',)
    a = 1
class BadArgs:
    __match_args__ = 'a'
not_a_class = 5
def attempt(pattern_name, fn):
    try:
        print(pattern_name, fn())
    except TypeError as e:
        print(pattern_name, 'TypeError', e)
def p1():
    match NoArgs(1):
        case NoArgs(x):
            return x
def p2():
    match TooMany():
        case TooMany(x, y):
            return x
def p3():
    match BadArgs():
        case BadArgs(x):
            return x
def p4():
    match 1:
        case not_a_class():
            return 'matched'
def p5():
    match NoArgs(2):
        case NoArgs(a=v):
            return v
for name, fn in [('p1', p1), ('p2', p2), ('p3', p3), ('p4', p4), ('p5', p5)]:
    attempt(name, fn)
match 3:
    case int(x, y):
        pass
