class AppError(Exception):
    pass
class DbError(AppError):
    pass
class NetError(AppError):
    pass
class NotAnException:
    pass
def attempt(exc, handlers):
    try:
        raise exc
    except handlers as e:
        return 'caught %s via %r' % (type(e).__name__, type(handlers).__name__)
    except Exception as e:
        return 'fallback %s' % type(e).__name__
print(attempt(DbError('x'), (NetError, DbError)))
try:
    print(attempt(NetError(), (KeyError, (ValueError, AppError))))
except TypeError as e:
    print('nested tuple: TypeError', e)
print(attempt(KeyError('k'), ()))
print(attempt(LookupError, (IndexError, KeyError)))
print(attempt(DbError, AppError))
print(attempt(DbError(), tuple([NetError, DbError])))
try:
    try:
        raise DbError('db')
    except NotAnException:
        print('unreachable')
except TypeError as e:
    print('TypeError', e, type(e.__context__).__name__)
try:
    print(attempt(KeyError(), (KeyError, 5)))
    print(attempt(ValueError(), (KeyError, 5)))
except TypeError as e:
    print('TypeError', e)
try:
    raise DbError('db2')
except (NetError, NotAnException):
    pass
