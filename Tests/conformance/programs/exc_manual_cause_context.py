def show(e):
    print(type(e).__name__, e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = ValueError('v')
e.__cause__ = KeyError('k')
show(e)
e.__cause__ = None
show(e)
e.__context__ = TypeError('t')
show(e)
for bad in (5, 'str', ValueError):
    try:
        e.__cause__ = bad
        show(e)
    except TypeError as err:
        print('TypeError', err)
try:
    raise RuntimeError('r') from 42
except TypeError as err:
    print('TypeError', err, repr(err.__context__))
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise ValueError('outer') from None
except ValueError as err:
    show(err)
    err.__suppress_context__ = False
    show(err)
class Custom(Exception):
    pass
try:
    raise Custom from IndexError
except Custom as err:
    show(err)
outer = ValueError('outer shown')
outer.__context__ = IndexError('manual context')
outer.__cause__ = KeyError('manual cause')
outer.__suppress_context__ = False
raise outer
