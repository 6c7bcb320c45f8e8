# Copies of exceptions, plain objects, classes, functions, and of itertools' tee.
import copy
import itertools
e = ValueError('bad', 2)
e.detail = ['x']
ce = copy.copy(e)
print(repr(ce), ce.args, ce.detail, ce.detail is e.detail, ce is e)
de = copy.deepcopy(e)
print(repr(de), de.detail is e.detail)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
ae = copy.deepcopy(AppError(404, 'missing'))
print(type(ae).__name__, ae.args, ae.code)
print(repr(copy.copy(KeyError('k'))), repr(copy.deepcopy(StopIteration())))
o = object()
print(type(copy.copy(o)).__name__, copy.copy(o) is o)
class Config:
    defaults = {'debug': False}
    def __init__(self): self.values = {'level': 1}
cfg = copy.deepcopy(Config())
cfg.values['level'] = 2
print(cfg.values, Config().values, cfg.defaults is Config.defaults)
def f(): return 1
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(Config) is Config, copy.copy(type) is type)
a, b = itertools.tee(range(4))
next(a)
c = copy.copy(a)
print(list(a), list(c), list(b))
print(copy.deepcopy([None, True, 1.5, 'x', (1, 2), 'b']))
