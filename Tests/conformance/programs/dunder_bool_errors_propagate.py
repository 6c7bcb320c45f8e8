class B:
    def __init__(self, r):
        self.r = r
    def __bool__(self):
        print('bool', self.r)
        return self.r
class NoBoolLen:
    def __len__(self):
        print('len called')
        return 0
def check(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
check('not', lambda: not B(1))
check('and', lambda: B(0) and 'x')
check('or', lambda: B('s') or 'y')
check('if', lambda: 'yes' if B(None) else 'no')
check('ok-and', lambda: B(True) and B(False))
check('filter', lambda: list(filter(None, [B(False), B(True)])))
check('any', lambda: any([B(False), B(2)]))
check('len fallback', lambda: (bool(NoBoolLen()), not NoBoolLen()))
check('while', lambda: [i for i in range(3) if B(i > 0)])
class BadLen:
    def __len__(self):
        return -3
check('badlen', lambda: bool(BadLen()))
class BoolNone:
    __bool__ = None
    def __len__(self):
        return 1
check('bool none', lambda: bool(BoolNone()))
def walk():
    while B(0.0):
        pass
walk()
