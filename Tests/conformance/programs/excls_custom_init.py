class WithSuper(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class WithoutSuper(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
class CustomStr(Exception):
    def __init__(self, field):
        super().__init__(field)
        self.field = field
    def __str__(self):
        return 'invalid field: ' + self.field

a = WithSuper(404, 'not found')
print(a, repr(a), a.args, a.code)
b = WithoutSuper(500, 'server')
print(repr(str(b)), repr(b), b.args, b.code, b.msg)
c = CustomStr('email')
print(c, repr(c), c.args)
try:
    raise WithSuper(1, 'raised')
except Exception as e:
    print(type(e).__name__, e, e.code)
class NoArgs(Exception):
    def __init__(self):
        super().__init__('fixed message')
print(NoArgs())
try:
    raise NoArgs('unexpected')
except TypeError as e:
    print('TypeError', e)
raise CustomStr('phone')
