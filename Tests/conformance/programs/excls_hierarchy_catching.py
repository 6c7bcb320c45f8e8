class AppError(Exception):
    pass
class NetworkError(AppError):
    pass
class TimeoutError_(NetworkError):
    pass
class DataError(AppError, ValueError):
    pass

def raise_it(cls):
    try:
        raise cls('boom ' + cls.__name__)
    except TimeoutError_ as e:
        return 'timeout handler: %s' % e
    except NetworkError as e:
        return 'network handler: %s' % e
    except ValueError as e:
        return 'value handler: %s' % e
    except AppError as e:
        return 'app handler: %s' % e

for cls in [AppError, NetworkError, TimeoutError_, DataError]:
    print(raise_it(cls))
print([c.__name__ for c in DataError.__mro__])
try:
    raise DataError('both')
except (KeyError, AppError) as e:
    print('tuple caught', type(e).__name__, isinstance(e, ValueError))
errors = (NetworkError, DataError)
try:
    raise DataError('from tuple var')
except errors as e:
    print('caught via variable', e)
