class Quit(BaseException):
    pass

def attempt(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return 'Exception handler got ' + type(e).__name__
    except BaseException as e:
        return 'BaseException handler got ' + type(e).__name__

for exc in [ValueError, KeyboardInterrupt, SystemExit, GeneratorExit, Quit, StopIteration, ArithmeticError]:
    print(attempt(exc))
print(issubclass(KeyboardInterrupt, Exception), issubclass(Quit, Exception))
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
try:
    raise Quit('bye')
except BaseException as e:
    print(repr(e), e)
try:
    raise Quit
except:
    print('bare except catches BaseException too')
raise Quit('uncaught custom BaseException')
