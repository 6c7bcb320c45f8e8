def catch(exc):
    for cls in (ArithmeticError, LookupError, Exception, BaseException):
        try:
            try:
                raise exc
            except cls:
                return cls
        except BaseException:
            pass
print(catch(ZeroDivisionError('z')), catch(OverflowError()), catch(IndexError()))
print(catch(KeyError()), catch(ValueError()), catch(TypeError()), catch(KeyboardInterrupt()))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), IndexError))
print(isinstance(RecursionError(), RuntimeError), isinstance(NotImplementedError(), RuntimeError))
print(isinstance(UnboundLocalError(), NameError), isinstance(StopIteration(), Exception))
print(isinstance(AssertionError(), Exception), isinstance(AttributeError(), Exception))
print(isinstance(SystemExit(), Exception), isinstance(SystemExit(), BaseException))
