def inner():
    return 1 / 0
def outer():
    return inner()
try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next.tb_lineno)
    print(tb.tb_next.tb_next.tb_next)
fresh = ValueError('fresh')
print(fresh.__traceback__, fresh.with_traceback(None) is fresh)
def gen():
    yield 1
g = gen()
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('throw tb', e.__traceback__ is not None, e.__traceback__.tb_lineno)
try:
    try:
        outer()
    except ZeroDivisionError as e:
        saved = e
        raise RuntimeError('wrapped').with_traceback(e.__traceback__)
except RuntimeError as r:
    print('with_traceback', r.__traceback__.tb_next is saved.__traceback__, r.__traceback__.tb_lineno)
try:
    fresh.with_traceback(5)
except TypeError as e:
    print('TypeError', e)
raise ValueError('final').with_traceback(saved.__traceback__)
