e = ValueError('bad value')
print(str(e), repr(e), e.args)
e2 = KeyError('k')
print(str(e2), repr(e2), e2.args)
e3 = Exception('a', 1, None)
print(str(e3), repr(e3), e3.args)
e4 = TypeError()
print(repr(str(e4)), repr(e4), e4.args)
e5 = IndexError(42)
print(str(e5), repr(e5))
print(repr(KeyError()), str(KeyError(('a', 1))), repr(RuntimeError('x\ny')))
print(repr(ZeroDivisionError('division by zero')), repr(StopIteration(5)))
try:
    {}[(1, 'two')]
except KeyError as err:
    print(err, repr(err), err.args)
try:
    1 / 0
except ZeroDivisionError as err:
    print(err.args, type(err))
print(type(e), isinstance(e, Exception), isinstance(e2, LookupError))
print(ValueError, Exception, BaseException, [TypeError])
